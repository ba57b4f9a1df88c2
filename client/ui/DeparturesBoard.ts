import type { BoardResponse } from '../../server/api/contract/index.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { formatClock, zonesDiffer } from '../format/localTime.ts';
import { type Lang, t } from '../i18n/t.ts';
import { h, replaceChildren } from './h.ts';

/** Where and when the board opens. */
export interface BoardRequest {
  stopId: string;
  name: string;
  date: string;
  time: string;
}

/**
 * The departures (or arrivals) board of a station for the next hours, opened from the map or the
 * journey details: a table of time, train and direction, with "from here" / "to here" shortcuts.
 */
export class DeparturesBoard {
  readonly element: HTMLElement;
  private current: BoardRequest | undefined;
  private kind: 'departures' | 'arrivals' = 'departures';
  private request: AbortController | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly ctx: {
      lang: () => Lang;
      feed: () => string | undefined;
      onClose: () => void;
      onPlan: (end: 'from' | 'to', id: string, name: string) => void;
    },
  ) {
    this.element = h('section', {
      class: 'board',
      attrs: { hidden: true, 'aria-labelledby': 'board-heading' },
    });
  }

  /** The station whose board is open. */
  openStop(): string | undefined {
    return this.current?.stopId;
  }

  /** Opens (or refreshes) the board; `focus` moves keyboard focus to its heading once loaded. */
  async open(req: BoardRequest, kind: 'departures' | 'arrivals' = this.kind, focus = false): Promise<void> {
    this.current = req;
    this.kind = kind;
    this.request?.abort();
    const ctl = new AbortController();
    this.request = ctl;
    const lang = this.ctx.lang();
    this.element.hidden = false;
    this.frame(
      req.name,
      lang,
      h('p', { class: 'status', attrs: { role: 'status' } }, t(lang, 'results.loading')),
    );
    try {
      const res = await this.api.board(
        kind,
        req.stopId,
        { date: req.date, time: req.time, duration: 720, lang, feed: this.ctx.feed() },
        ctl.signal,
      );
      if (ctl.signal.aborted) return;
      this.current = { ...req, name: res.stop.name };
      this.frame(res.stop.name, lang, this.table(res, lang));
      if (focus) {
        const heading = this.element.querySelector<HTMLElement>('#board-heading');
        heading?.focus();
        heading?.scrollIntoView({ block: 'nearest' });
      }
    } catch (err) {
      if (ctl.signal.aborted) return;
      this.frame(
        req.name,
        lang,
        h(
          'p',
          { class: 'status status--error', attrs: { role: 'alert' } },
          t(lang, 'error.generic', { message: (err as Error).message }),
        ),
      );
    }
  }

  /** Closes the board. */
  close(): void {
    this.request?.abort();
    this.current = undefined;
    this.element.hidden = true;
    replaceChildren(this.element);
  }

  private frame(name: string, lang: Lang, body: HTMLElement): void {
    const req = this.current!;
    const tab = (k: 'departures' | 'arrivals') =>
      h(
        'button',
        {
          class: `tab${this.kind === k ? ' tab--active' : ''}`,
          attrs: { type: 'button', 'aria-pressed': String(this.kind === k) },
          on: { click: () => void this.open(req, k) },
        },
        t(lang, k === 'departures' ? 'board.departures' : 'board.arrivals'),
      );
    replaceChildren(
      this.element,
      h(
        'div',
        { class: 'board-head' },
        h(
          'h2',
          { attrs: { id: 'board-heading', tabindex: '-1' } },
          t(lang, 'board.heading', {
            kind: t(lang, this.kind === 'departures' ? 'board.departures' : 'board.arrivals'),
            stop: name,
          }),
        ),
        h(
          'button',
          {
            class: 'close',
            attrs: { type: 'button', 'aria-label': t(lang, 'board.close') },
            on: { click: () => this.ctx.onClose() },
          },
          '×',
        ),
      ),
      h(
        'div',
        { class: 'board-actions' },
        tab('departures'),
        tab('arrivals'),
        h(
          'button',
          {
            class: 'link',
            attrs: { type: 'button' },
            on: { click: () => this.ctx.onPlan('from', req.stopId, name) },
          },
          t(lang, 'map.planFrom'),
        ),
        h(
          'button',
          {
            class: 'link',
            attrs: { type: 'button' },
            on: { click: () => this.ctx.onPlan('to', req.stopId, name) },
          },
          t(lang, 'map.planTo'),
        ),
      ),
      body,
    );
  }

  private table(res: BoardResponse, lang: Lang): HTMLElement {
    if (res.entries.length === 0) return h('p', { class: 'status' }, t(lang, 'board.none'));
    const withZone = zonesDiffer(res.entries.map((e) => e.time));
    return h(
      'table',
      { class: 'board-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' } }, t(lang, 'board.time')),
          h('th', { attrs: { scope: 'col' } }, t(lang, 'board.train')),
          h('th', { attrs: { scope: 'col' } }, t(lang, 'board.direction')),
        ),
      ),
      h(
        'tbody',
        {},
        ...res.entries.map((e) =>
          h(
            'tr',
            {},
            h(
              'td',
              {},
              h('time', { attrs: { datetime: e.time } }, formatClock(e.time, withZone)),
              e.estimated
                ? h(
                    'span',
                    {
                      class: 'badge badge--estimated badge--small',
                      attrs: { title: t(lang, 'journey.estimatedHint') },
                    },
                    '≈',
                  )
                : null,
            ),
            h('td', {}, e.trip.name || e.trip.route.name),
            h('td', {}, e.direction),
          ),
        ),
      ),
    );
  }
}
