// Repeated groups (UI.md §2, §10): the outputs 1..n of a form, each its own
// fieldset. Without JavaScript, Add and Remove are submit buttons of the form
// (intent=add-output, intent=remove-output-2) and the server answers with one
// item more or fewer. This script does the same in the page: Add clones the
// blank item from the group's <template>, Remove deletes its item, and then
// every item is renumbered (ids, names, label targets, aria-describedby, the
// Remove buttons' values, and the texts carrying a data-repeated-text
// pattern such as "Output {index} of {count}"). The server still validates
// whatever is posted, so this is only a convenience.

// Attributes that hold ids or field names. Never `value` in general: that is
// what the person typed.
const ATTRIBUTES = ['id', 'name', 'for', 'aria-describedby', 'aria-labelledby'];
const CONTROLS = 'input:not([type="hidden"]), textarea, select';

function supported() {
  return 'content' in document.createElement('template') &&
    typeof Element.prototype.closest === 'function';
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Rewrites "output-3" to "output-2" in the ids and names of `root` and
// everything in it. \b keeps output-3 from matching inside output-31.
function renumber(root, name, from, to) {
  if (String(from) === String(to)) return;
  const pattern = new RegExp(`\\b${escapeRegExp(name)}-${from}\\b`, 'g');
  const replacement = `${name}-${to}`;
  [root, ...root.querySelectorAll('*')].forEach((el) => {
    ATTRIBUTES.forEach((attribute) => {
      const value = el.getAttribute(attribute);
      if (value !== null) el.setAttribute(attribute, value.replace(pattern, replacement));
    });
    if (el.hasAttribute('data-repeated-remove')) {
      el.setAttribute('value', el.getAttribute('value').replace(pattern, replacement));
    }
    if (el.hasAttribute('data-index')) el.setAttribute('data-index', String(to));
  });
}

function fill(pattern, index, count) {
  return pattern.split('{index}').join(String(index)).split('{count}').join(String(count));
}

// Character counts were added when the page loaded; importing the module
// again under a fresh URL enhances the textareas of a new item too.
function enhanceNewTextareas() {
  try {
    const url = new URL('character-count.js', import.meta.url);
    url.searchParams.set('rerun', Date.now().toString(36));
    import(url.href).catch(() => {});
  } catch {
    // The hint still states the limit.
  }
}

function enhance(group) {
  const name = group.getAttribute('data-repeated-group');
  const label = group.getAttribute('data-item-label') || '';
  const min = parseInt(group.getAttribute('data-min'), 10) || 0;
  const max = parseInt(group.getAttribute('data-max'), 10) || Infinity;
  const list = group.querySelector('[data-repeated-items]');
  const template = group.querySelector('template[data-repeated-template]');
  const blank = template && template.content.querySelector('[data-repeated-item]');
  const addSlot = group.querySelector('[data-repeated-add-slot]');
  if (!name || !list || !blank || !addSlot) return;

  const status = document.createElement('div');
  status.className = 'st-visually-hidden';
  status.setAttribute('aria-live', 'polite');
  group.appendChild(status);

  const items = () => Array.from(list.querySelectorAll(':scope > [data-repeated-item]'));

  // Numbers every item 1..n and shows Add and Remove only where they apply.
  // Buttons the server left out (Add at the maximum, Remove at the minimum)
  // are copied from the template when they are needed again.
  function refresh() {
    const all = items();
    const count = all.length;
    all.forEach((item, position) => {
      if (count > min && !item.querySelector('[data-repeated-remove]')) {
        const remove = blank.querySelector('[data-repeated-remove]');
        if (remove) {
          const copy = remove.cloneNode(true);
          renumber(copy, name, blank.getAttribute('data-index'), item.getAttribute('data-index'));
          item.appendChild(copy);
        }
      }
      renumber(item, name, item.getAttribute('data-index'), position + 1);
      item.querySelectorAll('[data-repeated-text]').forEach((el) => {
        el.textContent = fill(el.getAttribute('data-repeated-text'), position + 1, count);
      });
      item.querySelectorAll('[data-repeated-remove]').forEach((button) => {
        button.hidden = count <= min;
      });
    });

    let addButton = addSlot.querySelector('[data-repeated-add]');
    if (!addButton && count < max) {
      const copy = template.content.querySelector('[data-repeated-add]');
      if (copy) addButton = addSlot.appendChild(copy.cloneNode(true));
    }
    if (addButton) addButton.hidden = count >= max;

    const counter = group.querySelector('[data-repeated-count]');
    if (counter) counter.value = String(count);
  }

  function add() {
    if (items().length >= max) return;
    const item = list.appendChild(blank.cloneNode(true));
    refresh();
    enhanceNewTextareas();
    const first = item.querySelector(CONTROLS);
    if (first) first.focus();
    const legend = item.querySelector('legend');
    status.textContent = `${legend ? legend.textContent : label} added`;
  }

  function remove(item) {
    const before = items();
    if (before.length <= min) return;
    const position = before.indexOf(item);
    item.remove();
    refresh();
    const after = items();
    const next = after[Math.min(position, after.length - 1)];
    const target = (next && next.querySelector(CONTROLS)) || addSlot.querySelector('[data-repeated-add]');
    if (target) target.focus();
    status.textContent = `${label} ${position + 1} removed`;
  }

  group.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !group.contains(button)) return;
    if (button.hasAttribute('data-repeated-add')) {
      event.preventDefault();
      add();
    } else if (button.hasAttribute('data-repeated-remove')) {
      const item = button.closest('[data-repeated-item]');
      if (item) {
        event.preventDefault();
        remove(item);
      }
    }
  });
}

try {
  if (supported()) {
    document.querySelectorAll('[data-repeated-group]').forEach(enhance);
  }
} catch {
  // Fail silently: Add and Remove still submit the form.
}
