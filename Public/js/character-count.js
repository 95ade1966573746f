// Character count (UI.md §2): a textarea with data-maxlength="N" gets a live
// "You have X characters remaining" message under it. The limit is also in
// the hint and enforced on the server; this is only an enhancement.
// Counting uses user-perceived characters (grapheme clusters) where the
// browser supports it, which matches Swift's String.count on the server.

const LIVE_DELAY_MS = 1000;

const segmenter = (window.Intl && Intl.Segmenter)
  ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  : null;

function countCharacters(text) {
  if (segmenter) {
    let n = 0;
    for (const _ of segmenter.segment(text)) n += 1; // eslint-disable-line no-unused-vars
    return n;
  }
  return Array.from(text).length;
}

function format(n) {
  try {
    return n.toLocaleString('en-GB');
  } catch {
    return String(n);
  }
}

function messageFor(remaining) {
  if (remaining >= 0) {
    return `You have ${format(remaining)} character${remaining === 1 ? '' : 's'} remaining`;
  }
  const over = -remaining;
  return `You have ${format(over)} character${over === 1 ? '' : 's'} too many`;
}

function enhance(textarea, index) {
  const max = parseInt(textarea.getAttribute('data-maxlength'), 10);
  if (!Number.isFinite(max) || max <= 0) return;
  if (textarea.hasAttribute('data-character-count-enhanced')) return;
  textarea.setAttribute('data-character-count-enhanced', '');

  const hadErrorClass = textarea.classList.contains('st-textarea--error');
  const baseId = textarea.id || `st-character-count-${index}`;

  // Visible message, updated on every keystroke (hidden from screen readers
  // so they are not interrupted on each key press).
  const visible = document.createElement('div');
  visible.className = 'st-character-count__message st-hint';
  visible.id = `${baseId}-count`;
  visible.setAttribute('aria-hidden', 'true');

  // Screen-reader message, updated once typing pauses.
  const live = document.createElement('div');
  live.className = 'st-character-count__message st-visually-hidden';
  live.setAttribute('aria-live', 'polite');

  textarea.insertAdjacentElement('afterend', visible);
  visible.insertAdjacentElement('afterend', live);

  let timer = 0;

  function update(announce) {
    const remaining = max - countCharacters(textarea.value);
    const text = messageFor(remaining);
    const over = remaining < 0;
    visible.textContent = text;
    visible.classList.toggle('st-character-count__message--error', over);
    visible.classList.toggle('st-hint', !over);
    textarea.classList.toggle('st-textarea--error', over || hadErrorClass);
    if (announce) {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => { live.textContent = text; }, LIVE_DELAY_MS);
    }
  }

  textarea.addEventListener('input', () => update(true));
  update(false);
}

try {
  document.querySelectorAll('textarea[data-maxlength]').forEach(enhance);
} catch {
  // Fail silently: the hint states the limit and the server enforces it.
}
