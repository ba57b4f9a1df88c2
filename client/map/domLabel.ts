/**
 * A tooltip or popup body as a DOM node whose text is set with textContent: station names come
 * from feeds and must never be parsed as HTML.
 */
export function domLabel(lines: readonly string[], className = 'map-label'): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  lines.forEach((line, i) => {
    const row = document.createElement(i === 0 ? 'strong' : 'div');
    row.textContent = line;
    el.append(row);
  });
  return el;
}
