import { h } from './h.ts';

/** The page regions the planner fills. */
export interface Layout {
  root: HTMLElement;
  header: HTMLElement;
  title: HTMLElement;
  tagline: HTMLElement;
  tools: HTMLElement;
  panel: HTMLElement;
  mapBox: HTMLElement;
  footer: HTMLElement;
}

/** Builds the page skeleton: header (title, language), a side panel (search, results) and the map. */
export function layout(compact: boolean): Layout {
  const title = h('h1', { class: 'title' });
  const tagline = h('p', { class: 'tagline' });
  const tools = h('div', { class: 'tools' });
  const header = h('header', { class: 'app-header' }, h('div', { class: 'brand' }, title, tagline), tools);
  const panel = h('div', { class: 'panel', attrs: { id: 'panel' } });
  const mapBox = h('div', { class: 'map', attrs: { id: 'map' } });
  const footer = h('footer', { class: 'app-footer' });
  const root = h(
    'div',
    { class: `app${compact ? ' app--compact' : ''}` },
    header,
    h('main', { class: 'app-main' }, panel, mapBox),
    footer,
  );
  return { root, header, title, tagline, tools, panel, mapBox, footer };
}
