// Upload progress: a form with data-upload-progress and a file input is sent
// with XMLHttpRequest so the upload can be shown in its [data-progress]
// element (a <progress class="st-progress"> plus a .st-progress__label).
// The server's answer (a redirect target or a 422 page with errors) then
// replaces the document, as a normal submit would. On any network problem
// the form falls back to a normal submit. Without JavaScript the form posts
// normally.

function supported() {
  return Boolean(window.XMLHttpRequest && window.FormData && window.history &&
    'upload' in new XMLHttpRequest());
}

function buildFormData(form, submitter) {
  try {
    if (submitter) return new FormData(form, submitter);
  } catch {
    // Older browsers don't take a submitter: add its value by hand below.
  }
  const data = new FormData(form);
  if (submitter && submitter.name && !data.has(submitter.name)) {
    data.append(submitter.name, submitter.value);
  }
  return data;
}

// document.open() keeps the same window, so module scripts already run on
// this page would not run again for the new markup. Import them once more
// under a fresh URL so the result page is enhanced too (error summary focus,
// character counts, ...).
function rerunModules() {
  const stamp = Date.now().toString(36);
  document.querySelectorAll('script[type="module"][src]').forEach((script) => {
    try {
      const url = new URL(script.getAttribute('src'), document.baseURI);
      if (url.origin !== window.location.origin) return;
      url.searchParams.set('rerun', stamp);
      import(url.href).catch(() => {});
    } catch {
      // ignore
    }
  });
}

// Show the server's answer as if the browser had navigated to it.
function showResponse(html, url) {
  try {
    if (url) window.history.replaceState(null, '', url);
  } catch {
    // Different origin or no history: keep the current URL.
  }
  document.open();
  document.write(html);
  document.close();
  window.scrollTo(0, 0);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', rerunModules, { once: true });
  } else {
    rerunModules();
  }
}

function enhance(form) {
  const fileInput = form.querySelector('input[type="file"]');
  const region = form.querySelector('[data-progress]') || document.querySelector('[data-progress]');
  if (!fileInput || !region) return;

  const bar = region.querySelector('progress');
  const label = region.querySelector('.st-progress__label, [data-progress-label]');
  if (label && !label.hasAttribute('aria-live')) label.setAttribute('aria-live', 'polite');

  let busy = false;
  let lastAnnounced = -1;

  function show(percent, text) {
    region.hidden = false;
    if (bar) {
      if (percent === null) {
        bar.removeAttribute('value'); // indeterminate
      } else {
        bar.max = 100;
        bar.value = percent;
      }
    }
    if (label && text) label.textContent = text;
  }

  // Submit the ordinary way (no submit event, so no handler runs again).
  function fallback(submitter) {
    if (submitter && submitter.name) {
      const hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = submitter.name;
      hidden.value = submitter.value;
      form.appendChild(hidden);
    }
    show(null, 'Uploading…');
    HTMLFormElement.prototype.submit.call(form);
  }

  form.addEventListener('submit', (event) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    if (event.defaultPrevented) return;

    const submitter = event.submitter || null;
    // Read attributes, not form.action / form.method, which a control
    // named "action" or "method" would shadow.
    const rawAction = (submitter && submitter.getAttribute('formaction')) ||
      form.getAttribute('action') || window.location.href;
    const method = ((submitter && submitter.getAttribute('formmethod')) ||
      form.getAttribute('method') || 'get').toLowerCase();
    if (method !== 'post') return;

    let data;
    let xhr;
    let action;
    try {
      action = new URL(rawAction, document.baseURI).href;
      data = buildFormData(form, submitter);
      xhr = new XMLHttpRequest();
      xhr.open('POST', action);
    } catch {
      return; // let the browser submit normally
    }

    event.preventDefault();
    busy = true;
    lastAnnounced = -1;
    show(0, 'Uploading: 0%');

    xhr.upload.addEventListener('progress', (e) => {
      if (!e.lengthComputable || !e.total) {
        show(null, 'Uploading…');
        return;
      }
      const percent = Math.min(100, Math.round((e.loaded / e.total) * 100));
      // Move the bar every time, but change the (live) text in 10% steps.
      const step = Math.floor(percent / 10) * 10;
      if (step !== lastAnnounced) {
        lastAnnounced = step;
        show(percent, `Uploading: ${step}%`);
      } else {
        show(percent, null);
      }
    });

    xhr.upload.addEventListener('load', () => {
      show(null, 'Upload complete. Checking the file…');
    });

    xhr.addEventListener('load', () => {
      const type = xhr.getResponseHeader('Content-Type') || '';
      const html = xhr.responseText;
      if (!/text\/html/i.test(type) || !html) {
        busy = false;
        if (xhr.responseURL && xhr.responseURL !== action) {
          // Redirected to something that isn't a page: just go there.
          window.location.assign(xhr.responseURL);
        } else {
          fallback(submitter);
        }
        return;
      }
      showResponse(html, xhr.responseURL);
    });

    const onFailure = () => {
      busy = false;
      fallback(submitter);
    };
    xhr.addEventListener('error', onFailure);
    xhr.addEventListener('timeout', onFailure);
    xhr.addEventListener('abort', () => {
      busy = false;
      region.hidden = true;
    });

    xhr.send(data);
  });
}

try {
  if (supported()) {
    document.querySelectorAll('form[data-upload-progress]').forEach(enhance);
  }
} catch {
  // Fail silently: the form still posts normally.
}
