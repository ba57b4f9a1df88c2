import type { FeedSummary } from '../../server/api/contract/index.ts';
import { h } from '../ui/h.ts';
import { feedPicker, input, labelled } from './feedPicker.ts';
import { plannersApi } from './plannersApi.ts';

/**
 * The server's SVG as DOM nodes, defensively cleaned (it has no script, but a page never trusts
 * markup it did not build): script and foreignObject removed, on* attributes dropped.
 */
export function svgNode(text: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') return null;
  for (const bad of svg.querySelectorAll('script, foreignObject')) bad.remove();
  for (const el of svg.querySelectorAll('*'))
    for (const a of [...el.attributes])
      if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) el.removeAttribute(a.name);
  return document.importNode(svg, true) as unknown as SVGSVGElement;
}

/**
 * The Diagram tab: any line of a feed (from /api/lines) as a time–distance diagram, optionally with
 * a second feed; hovering a train shows its number and times.
 */
export class DiagramView {
  readonly el: HTMLElement;
  private readonly status = h('div', {
    class: 'pl-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private readonly figure = h('div', { class: 'pl-diagram' });
  private readonly tip = h('div', { class: 'pl-tip', attrs: { hidden: true } });
  private readonly line = h('select', { attrs: { name: 'line' } });

  constructor(feeds: FeedSummary[], defaultFeed: string | null) {
    const first = defaultFeed ?? feeds[0]?.id ?? '';
    const feed = feedPicker('Feed', 'feed', feeds, first);
    const compare = feedPicker('Compare with', 'compare', feeds, '', '(none)');
    const start = feeds.find((f) => f.id === first)?.serviceFrom ?? '';
    const date = input('Date', 'ddate', 'date', start);
    const compareDate = input('Compare date', 'compareDate', 'date', '');
    const from = input('From', 'from', 'time', '04:00');
    const to = input('To', 'to', 'time', '23:59');
    const form = h(
      'form',
      { class: 'pl-form' },
      feed.field,
      labelled('Line', 'pl-line', this.line),
      date.field,
      from.field,
      to.field,
      compare.field,
      compareDate.field,
      h('button', { attrs: { type: 'submit' } }, 'Draw'),
    );
    feed.select.addEventListener('change', () => void this.loadLines(feed.select.value));
    compare.select.addEventListener('change', () => {
      const f = feeds.find((x) => x.id === compare.select.value);
      if (f?.serviceFrom && !compareDate.input.value) compareDate.input.value = f.serviceFrom;
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.draw({
        feed: feed.select.value,
        line: this.line.value,
        date: date.input.value,
        from: from.input.value,
        to: to.input.value,
        compare: compare.select.value,
        compareDate: compare.select.value ? compareDate.input.value : '',
      });
    });
    this.figure.addEventListener('mousemove', (e) => this.hover(e));
    this.figure.addEventListener('mouseleave', () => {
      this.tip.hidden = true;
    });
    this.el = h(
      'section',
      { class: 'pl-diagram-view' },
      form,
      this.status,
      h('div', { class: 'pl-figure' }, this.figure, this.tip),
    );
    void this.loadLines(first);
  }

  private async loadLines(feed: string): Promise<void> {
    try {
      const { lines } = await plannersApi.lines(feed);
      this.line.replaceChildren(
        ...lines.map((l) => h('option', { attrs: { value: l.id } }, `${l.name} (${l.km} km)`)),
      );
    } catch (err) {
      this.status.textContent = `Error: ${(err as Error).message}`;
    }
  }

  private async draw(params: Record<string, string>): Promise<void> {
    this.status.textContent = 'Drawing…';
    try {
      const svg = svgNode(await plannersApi.diagram(params));
      if (!svg) throw new Error('not an SVG');
      svg.removeAttribute('width');
      svg.removeAttribute('height');
      this.figure.replaceChildren(svg);
      this.status.textContent = `${svg.querySelectorAll('g.train').length} trains. Hover a train for its number and times.`;
    } catch (err) {
      this.status.textContent = `Error: ${(err as Error).message}`;
    }
  }

  private hover(e: MouseEvent): void {
    const g = (e.target as Element | null)?.closest('g.train');
    if (!g) {
      this.tip.hidden = true;
      return;
    }
    const d = (k: string) => g.getAttribute(`data-${k}`) ?? '';
    const stops = g.querySelector('title')?.textContent?.split(': ').slice(1).join(': ') ?? '';
    this.tip.replaceChildren(
      h('strong', {}, `${d('name')} `),
      h('span', {}, `${d('departure')} → ${d('arrival')} · ${d('series')}`),
      h('div', { class: 'pl-tip-stops' }, stops),
    );
    const box = this.figure.getBoundingClientRect();
    this.tip.hidden = false;
    // The CSP forbids style attributes in markup; setting properties through the CSSOM is allowed.
    this.tip.style.setProperty('left', `${Math.round(e.clientX - box.left + 12)}px`);
    this.tip.style.setProperty('top', `${Math.round(e.clientY - box.top + 12)}px`);
  }
}
