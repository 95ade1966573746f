// Error summary (UI.md §3): focus the summary on load, and make its links
// scroll the field's label or legend into view before focusing the control.
// Without JavaScript the links are plain #field-id anchors and still work.

const summary = document.querySelector('.st-error-summary');

function legendOrLabelFor(input) {
  const fieldset = input.closest('fieldset');
  if (fieldset) {
    const legend = fieldset.querySelector('legend');
    if (legend) {
      // Radios and checkboxes: the question is the legend.
      if (input.type === 'checkbox' || input.type === 'radio') {
        return legend;
      }
      // Date parts and other grouped inputs: use the legend if the control
      // would still be visible in the top half of the screen.
      const legendTop = legend.getBoundingClientRect().top;
      const inputRect = input.getBoundingClientRect();
      if (inputRect.height && window.innerHeight) {
        const inputBottom = inputRect.top + inputRect.height;
        if (inputBottom - legendTop < window.innerHeight / 2) {
          return legend;
        }
      }
    }
  }
  const id = input.getAttribute('id');
  const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  return label || input.closest('label');
}

function focusTarget(link) {
  const hash = link.hash;
  if (!hash || hash.length < 2) return false;
  let id;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return false;
  }
  const input = document.getElementById(id);
  if (!input) return false;
  const target = legendOrLabelFor(input);
  if (!target) return false;
  target.scrollIntoView();
  input.focus({ preventScroll: true });
  return true;
}

if (summary && typeof summary.focus === 'function' && window.CSS && CSS.escape) {
  try {
    if (!summary.hasAttribute('tabindex')) {
      summary.setAttribute('tabindex', '-1');
    }
    summary.focus();

    summary.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (link && focusTarget(link)) {
        event.preventDefault();
      }
    });
  } catch {
    // Fail silently: the plain anchors still work.
  }
}
