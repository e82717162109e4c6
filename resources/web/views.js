// Building the page: every text from a table or the workshop goes in as text (textContent), never as HTML.

/** An element with attributes (on… names are listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  node.append(...nodes(children));
  return node;
}

function nodes(children) {
  return children.flat(Infinity)
    .filter((c) => c !== undefined && c !== null && c !== false)
    .map((c) => (c instanceof Node ? c : document.createTextNode(String(c))));
}

/** Replaces `node`'s children with `children` (arrays flattened, nothing for null), strings as text. */
export function fill(node, ...children) {
  node.replaceChildren(...nodes(children));
  return node;
}

/** Adds `children` to `node`, as {@link fill} does. */
export function add(node, ...children) {
  node.append(...nodes(children));
  return node;
}

/** A paragraph whose direction follows its own text, as a browser's dir="auto" does. */
export function text(tag, value, attributes = {}) {
  return el(tag, { dir: 'auto', ...attributes }, value);
}

/** Replaces what `main` shows and moves the focus to its heading, so a screen reader says the new step. */
export function show(main, ...children) {
  fill(main, ...children);
  const heading = main.querySelector('h1, h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

/** A fresh id for an entry: random, so two phones never make the same. */
export function newId() {
  if (crypto.randomUUID) {
    return 'web-' + crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
