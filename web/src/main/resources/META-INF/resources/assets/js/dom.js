// Building DOM without a framework. Text always goes in as text nodes, never as HTML, so nothing an API returns
// (a plan title, a unit name) can inject markup.

/**
 * h('tag.class#id', {attributes}, ...children). Attributes: `on*` functions become listeners, `dataset` an object,
 * booleans set or omit the attribute, null/undefined are skipped. Children: nodes, strings, numbers, arrays, null.
 */
export function h(selector, attributes, ...children) {
  const [tagAndClasses, id] = selector.split('#');
  const [tag, ...classes] = tagAndClasses.split('.');
  const element = document.createElement(tag || 'div');
  if (id) element.id = id;
  if (classes.length) element.className = classes.join(' ');
  if (attributes && (typeof attributes !== 'object' || attributes instanceof Node || Array.isArray(attributes))) {
    children.unshift(attributes);
    attributes = null;
  }
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'class') {
      element.className = [element.className, value].filter(Boolean).join(' ');
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces the children of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Announces a short message to screen readers (live updates, saved forms). */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (region) {
    region.textContent = '';
    setTimeout(() => { region.textContent = message; }, 50);
  }
}

/** Briefly highlights an element whose figures just changed. */
export function flash(element) {
  element.classList.remove('flash');
  void element.offsetWidth; // restart the animation
  element.classList.add('flash');
}
