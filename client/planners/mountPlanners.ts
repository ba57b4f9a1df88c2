import '../styles/base.css';
import '../styles/planners.css';
import { h } from '../ui/h.ts';
import { CompareView } from './CompareView.ts';
import { DiagramView } from './DiagramView.ts';
import { plannersApi } from './plannersApi.ts';
import { ReachView } from './ReachView.ts';

/**
 * The planners' page (`/#planners`): a Compare tab (two feeds' origin–destination matrix) and a
 * Diagram tab (a line's time–distance diagram), a Travel-time map tab (GET /api/reach). Mounted instead of the traveller's planner.
 */
export async function mountPlanners(mount: HTMLElement): Promise<void> {
  document.title = 'Corridor – planners';
  const { feeds, default: def } = await plannersApi.feeds();
  const compare = new CompareView(feeds);
  const diagram = new DiagramView(feeds, def);
  const reach = new ReachView(feeds);
  const panels = { compare: compare.el, diagram: diagram.el, reach: reach.el };
  const tabs = (Object.keys(panels) as (keyof typeof panels)[]).map((k) => {
    const b = h(
      'button',
      { class: 'pl-tab', attrs: { type: 'button', role: 'tab', 'data-tab': k } },
      k === 'compare' ? 'Compare feeds' : k === 'diagram' ? 'Diagram' : 'Travel-time map',
    );
    b.addEventListener('click', () => select(k));
    return b;
  });
  const select = (k: keyof typeof panels) => {
    for (const t of tabs) t.setAttribute('aria-selected', String(t.dataset.tab === k));
    for (const [name, el] of Object.entries(panels)) el.hidden = name !== k;
    history.replaceState(null, '', `#planners/${k}`);
  };
  mount.replaceChildren(
    h(
      'div',
      { class: 'planners' },
      h(
        'header',
        { class: 'pl-header' },
        h('h1', {}, 'Corridor for planners'),
        h('nav', { attrs: { role: 'tablist' } }, ...tabs),
        h('a', { class: 'pl-back', attrs: { href: '/' } }, '← Journey planner'),
      ),
      compare.el,
      diagram.el,
      reach.el,
    ),
  );
  select(
    location.hash.includes('diagram') ? 'diagram' : location.hash.includes('reach') ? 'reach' : 'compare',
  );
}
