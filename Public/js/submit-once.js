// Submit debounce (UI.md §2): on forms with data-submit-once, disable the
// submit button(s) for about a second after the first submit. This only
// stops accidental double clicks; the server guards against resubmission.

const DEBOUNCE_MS = 1000;
const locked = new WeakMap();

function submitButtons(form) {
  return Array.from(form.elements).filter(
    (el) => (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) &&
      el.type === 'submit' && !el.disabled,
  );
}

function unlock(form) {
  const state = locked.get(form);
  if (!state) return;
  window.clearTimeout(state.timer);
  state.buttons.forEach((button) => { button.disabled = false; });
  locked.delete(form);
}

if (window.HTMLFormElement && window.WeakMap) {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-submit-once')) return;

    if (locked.has(form)) {
      // A second submit inside the window (e.g. Enter pressed twice).
      event.preventDefault();
      return;
    }

    const state = { buttons: [], timer: 0 };
    locked.set(form, state);

    // Disable after the browser has built the form data, so the clicked
    // button's name and value are still sent.
    window.setTimeout(() => {
      if (locked.get(form) !== state) return;
      state.buttons = submitButtons(form);
      state.buttons.forEach((button) => { button.disabled = true; });
    }, 0);
    state.timer = window.setTimeout(() => unlock(form), DEBOUNCE_MS);
  });

  // Coming back with the Back button restores the page from the cache:
  // make sure no button is left disabled.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    document.querySelectorAll('form[data-submit-once]').forEach((form) => unlock(form));
  });
}
