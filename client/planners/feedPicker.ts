import type { FeedSummary } from '../../server/api/contract/index.ts';
import { h } from '../ui/h.ts';

/** A labelled <select> of the loaded feeds (optionally with an empty "none" choice). */
export function feedPicker(
  label: string,
  name: string,
  feeds: FeedSummary[],
  selected: string,
  none?: string,
) {
  const select = h('select', { attrs: { name, id: `pl-${name}` } });
  if (none !== undefined) select.append(h('option', { attrs: { value: '' } }, none));
  for (const f of feeds) {
    const span = f.serviceFrom ? ` (${f.serviceFrom} – ${f.serviceTo ?? ''})` : '';
    select.append(h('option', { attrs: { value: f.id, selected: f.id === selected } }, `${f.id}${span}`));
  }
  return { select, field: labelled(label, `pl-${name}`, select) };
}

/** A label + control pair. */
export function labelled(label: string, id: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h('div', { class: 'pl-field' }, h('label', { attrs: { for: id } }, label), control);
}

/** A labelled input. */
export function input(label: string, name: string, type: string, value: string, placeholder = '') {
  const el = h('input', { attrs: { name, type, value, placeholder } });
  return { input: el, field: labelled(label, `pl-${name}`, el) };
}
