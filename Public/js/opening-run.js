// Opening cycles for everyone runs in the background. Its page
// ([data-opening-run], with [data-running] while it goes on) reads the page
// again every couple of seconds and swaps in the new progress; once the run
// has finished it swaps in the summary and moves focus to the heading.
// Without JavaScript the page has a refresh link instead.

const POLL_MS = 2000;

async function poll(region) {
  let html;
  try {
    const response = await fetch(window.location.href, {
      credentials: 'same-origin',
      headers: { Accept: 'text/html' },
    });
    if (!response.ok) return true;
    html = await response.text();
  } catch {
    return true; // A network blip: try again on the next tick.
  }
  const next = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-opening-run]');
  if (!next) return false;
  const running = next.querySelector('[data-running]');
  const current = region.querySelector('[data-running]');
  if (running && current) {
    // Only the numbers move: keep the rest (and any focus in it) as it is.
    const bar = current.querySelector('progress');
    const newBar = running.querySelector('progress');
    const label = current.querySelector('.st-progress__label');
    const newLabel = running.querySelector('.st-progress__label');
    if (bar && newBar) {
      bar.max = newBar.max;
      bar.value = newBar.value;
      bar.textContent = newBar.textContent;
    }
    if (label && newLabel) label.textContent = newLabel.textContent;
    return true;
  }
  region.replaceChildren(...next.childNodes);
  const heading = region.querySelector('h1');
  if (heading) heading.focus();
  return false;
}

function start(region) {
  if (!region.querySelector('[data-running]')) return;
  const tick = async () => {
    if (await poll(region)) window.setTimeout(tick, POLL_MS);
  };
  window.setTimeout(tick, POLL_MS);
}

if (window.fetch && window.DOMParser) {
  document.querySelectorAll('[data-opening-run]').forEach(start);
}
