import type { BoardResponse } from '../../server/api/contract/index.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { formatDate, formatDay } from '../format/calendarDate.ts';
import { dayOffset, formatClock, zonesDiffer } from '../format/localTime.ts';
import { type Lang, t } from '../i18n/t.ts';
import { covered, type DateRange } from '../state/serviceRanges.ts';
import { h, replaceChildren } from './h.ts';
import { dayMark } from './JourneyList.ts';

/** Where and when the board opens. */
export interface BoardRequest {
  stopId: string;
  name: string;
  date: string;
  time: string;
}

/** Minutes of departures a board lists from its time. */
export const BOARD_MINUTES = 720;

/**
 * The departures (or arrivals) board of a station for the next hours, opened from the map or the
 * journey details at the form's date and time (both shown under its heading): a table of time
 * (+1 d after midnight), train and direction, with "from here" / "to here" shortcuts.
 */
export class DeparturesBoard {
  readonly element: HTMLElement;
  private currentReq: BoardRequest | undefined;
  private kind: 'departures' | 'arrivals' = 'departures';
  private request: AbortController | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly ctx: {
      lang: () => Lang;
      feed: () => string | undefined;
      /** The dates the loaded timetables cover (an empty board outside them says so). */
      ranges: () => DateRange[];
      onClose: () => void;
      onPlan: (end: 'from' | 'to', id: string, name: string) => void;
    },
  ) {
    this.element = h('section', {
      class: 'board',
      attrs: { hidden: true, 'aria-labelledby': 'board-heading' },
    });
  }

  /** The station, date and time of the open board. */
  current(): BoardRequest | undefined {
    return this.currentReq;
  }

  /** Opens (or refreshes) the board; `focus` moves keyboard focus to its heading once loaded. */
  async open(req: BoardRequest, kind: 'departures' | 'arrivals' = this.kind, focus = false): Promise<void> {
    this.currentReq = req;
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
        { date: req.date, time: req.time, duration: BOARD_MINUTES, lang, feed: this.ctx.feed() },
        ctl.signal,
      );
      if (ctl.signal.aborted) return;
      this.currentReq = { ...req, name: res.stop.name };
      this.frame(res.stop.name, lang, this.table(res, req.date, lang));
      if (focus) this.focus();
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

  /** Moves keyboard focus to the board's heading and brings it into view. */
  focus(): void {
    const heading = this.element.querySelector<HTMLElement>('#board-heading');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }

  /** Closes the board. */
  close(): void {
    this.request?.abort();
    this.currentReq = undefined;
    this.element.hidden = true;
    replaceChildren(this.element);
  }

  private frame(name: string, lang: Lang, body: HTMLElement): void {
    const req = this.currentReq!;
    const tab = (k: 'departures' | 'arrivals') =>
      h(
        'button',
        {
          class: `tab${this.kind === k ? ' tab--active' : ''}`,
          attrs: { type: 'button', 'aria-pressed': String(this.kind === k) },
          on: {
            click: () =>
              void this.open(req, k).then(() =>
                this.element.querySelector<HTMLElement>('.tab--active')?.focus(),
              ),
          },
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
        'p',
        { class: 'board-when' },
        h(
          'time',
          { attrs: { datetime: `${req.date}T${req.time}` } },
          t(lang, 'board.when', { date: formatDay(lang, req.date), time: req.time }),
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

  private table(res: BoardResponse, date: string, lang: Lang): HTMLElement {
    if (res.entries.length === 0) {
      const ranges = this.ctx.ranges();
      const spans = ranges.map((r) => `${formatDate(lang, r.from)} – ${formatDate(lang, r.to)}`);
      return h(
        'div',
        {},
        h('p', { class: 'status status--empty' }, t(lang, 'board.none')),
        ranges.length > 0 && !covered(ranges, date)
          ? h('p', { class: 'coverage' }, t(lang, 'results.coverage', { ranges: spans.join('; ') }))
          : null,
      );
    }
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
              dayMark(lang, dayOffset(e.time, date)),
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
