/** A child of h(): nodes are appended, strings become text nodes (never parsed as HTML), falsy is skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes and properties h() sets on a new element. */
export interface Props {
  class?: string;
  /** Attributes (aria-*, type, for, …), set with setAttribute. */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Event listeners. */
  on?: Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>>;
}

/**
 * Creates an element with attributes, listeners and children. The one way the UI builds DOM:
 * data (station names, advisories) only ever reaches the page as text nodes.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, v] of Object.entries(props.attrs ?? {})) {
    if (v === undefined || v === false) continue;
    el.setAttribute(name, v === true ? '' : String(v));
  }
  for (const [type, fn] of Object.entries(props.on ?? {})) if (fn) el.addEventListener(type, fn);
  append(el, children);
  return el;
}

/** Appends children (strings as text nodes). */
export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** Replaces an element's children. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let counter = 0;
/** A page-unique element id with a readable prefix (for label/aria wiring). */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
