import type { Journey } from '../../server/api/contract/index.ts';
import { formatDate, formatDay } from '../format/calendarDate.ts';
import { formatDuration } from '../format/formatDuration.ts';
import { changesLabel, journeyKey, journeyTimes, trainNames } from '../format/journeySummary.ts';
import { dayOffset, formatClock, localTime, zonesDiffer } from '../format/localTime.ts';
import { type Lang, t } from '../i18n/t.ts';
import type { DateRange } from '../state/serviceRanges.ts';
import { h, replaceChildren } from './h.ts';

/** What the list says when a search found nothing. */
export interface EmptyState {
  /** The searched date (YYYY-MM-DD). */
  date: string;
  /** The dates the loaded timetables cover. */
  ranges: DateRange[];
  /** The next day a journey departs, when one was found. */
  next?: string;
  /** The last covered day, when the date lies past every timetable. */
  last?: string;
}

/** Callbacks of the journey list. */
export interface JourneyListEvents {
  onSelect: (key: string) => void;
  /** Search the same journey on another date (from an empty result). */
  onDate: (date: string) => void;
  onEarlier: () => void;
  onLater: () => void;
}

/**
 * The search results: one button per journey with departure and arrival (in each stop's own time,
 * with the UTC offset when the journey spans offsets, −1 d / +1 d against the search date, and the
 * departure date itself when it is not the search date), duration, changes, train numbers and an
 * "estimated times" badge; Earlier / Later buttons around the list.
 */
export class JourneyList {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;

  constructor(private readonly events: JourneyListEvents) {
    this.body = h('div', { class: 'journey-list-body', attrs: { 'aria-live': 'polite' } });
    this.element = h('section', { class: 'journey-list', attrs: { hidden: true } }, this.body);
  }

  /** Shows a status line instead of results (loading, error). */
  status(message: string, kind: 'loading' | 'error'): void {
    this.element.hidden = false;
    replaceChildren(
      this.body,
      h(
        'p',
        { class: `status status--${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } },
        message,
      ),
    );
  }

  /** Moves keyboard focus to a journey's button (back from its details). */
  focus(key: string | undefined): void {
    const buttons = this.element.querySelectorAll<HTMLButtonElement>('button.journey');
    const match = [...buttons].find((b) => b.dataset.journey === key);
    (match ?? buttons[0])?.focus();
  }

  /**
   * Moves keyboard focus into fresh results (after a search): the first journey, else the
   * heading (an empty result, whose text is read out next), else the status line.
   */
  focusFirst(): void {
    const target =
      this.element.querySelector<HTMLElement>('button.journey') ??
      this.element.querySelector<HTMLElement>('#results-heading') ??
      this.element.querySelector<HTMLElement>('.status');
    target?.focus();
  }

  /** A short note under the list (e.g. no later journeys), read out by screen readers. */
  notice(message: string): void {
    this.body.append(h('p', { class: 'status status--notice', attrs: { role: 'status' } }, message));
  }

  /** Hides the list (no search yet). */
  clear(): void {
    this.element.hidden = true;
    replaceChildren(this.body);
  }

  /** Renders `journeys` for a search on `date`, highlighting `selected`. */
  render(
    journeys: readonly Journey[],
    date: string,
    selected: string | undefined,
    lang: Lang,
    busy = false,
    empty?: EmptyState,
  ): void {
    this.element.hidden = false;
    const heading = h('h2', { attrs: { id: 'results-heading', tabindex: '-1' } }, t(lang, 'results.heading'));
    const earlier = h(
      'button',
      {
        class: 'page page--earlier',
        attrs: { type: 'button', disabled: busy },
        on: { click: () => this.events.onEarlier() },
      },
      `↑ ${t(lang, 'results.earlier')}`,
    );
    const later = h(
      'button',
      {
        class: 'page page--later',
        attrs: { type: 'button', disabled: busy },
        on: { click: () => this.events.onLater() },
      },
      `↓ ${t(lang, 'results.later')}`,
    );
    if (journeys.length === 0) {
      // With the next day with trains on offer, Earlier / Later would only repeat it.
      if (empty) replaceChildren(this.body, heading, ...this.emptyState(empty, lang));
      else replaceChildren(this.body, heading, earlier, ...this.emptyState(empty, lang), later);
      return;
    }
    const list = h('ol', { class: 'journeys', attrs: { 'aria-labelledby': 'results-heading' } });
    for (const j of journeys)
      list.append(h('li', {}, this.item(j, date, j && journeyKey(j) === selected, lang)));
    replaceChildren(this.body, heading, earlier, list, later);
  }

  private emptyState(empty: EmptyState | undefined, lang: Lang): HTMLElement[] {
    if (!empty) return [h('p', { class: 'status' }, t(lang, 'results.none'))];
    const out: HTMLElement[] = [
      h(
        'p',
        { class: 'status status--empty' },
        t(lang, 'results.noneOn', { date: formatDay(lang, empty.date) }),
      ),
    ];
    if (empty.ranges.length > 0) {
      const spans = empty.ranges.map((r) => `${formatDate(lang, r.from)} – ${formatDate(lang, r.to)}`);
      out.push(h('p', { class: 'coverage' }, t(lang, 'results.coverage', { ranges: spans.join('; ') })));
    }
    const go = empty.next ?? empty.last;
    if (go) {
      const key = empty.next ? 'results.nextService' : 'results.lastService';
      out.push(
        h(
          'button',
          {
            class: 'next-service',
            attrs: { type: 'button', 'data-date': go },
            on: { click: () => this.events.onDate(go) },
          },
          t(lang, key, { date: formatDay(lang, go) }),
        ),
      );
    }
    return out;
  }

  private item(j: Journey, date: string, selected: boolean, lang: Lang): HTMLElement {
    const key = journeyKey(j);
    const withZone = zonesDiffer(journeyTimes(j));
    const depDay = dayOffset(j.departure, date);
    const arrDay = dayOffset(j.arrival, date);
    const day = (n: number) => dayMark(lang, n);
    const depDate = localTime(j.departure).date;
    return h(
      'button',
      {
        class: `journey${selected ? ' journey--selected' : ''}`,
        attrs: { type: 'button', 'aria-pressed': String(selected), 'data-journey': key },
        on: { click: () => this.events.onSelect(key) },
      },
      depDate !== date ? h('span', { class: 'journey-date' }, formatDay(lang, depDate)) : null,
      h(
        'span',
        { class: 'journey-times' },
        h('time', { attrs: { datetime: j.departure } }, formatClock(j.departure, withZone)),
        day(depDay),
        ' → ',
        h('time', { attrs: { datetime: j.arrival } }, formatClock(j.arrival, withZone)),
        day(arrDay),
      ),
      h(
        'span',
        { class: 'journey-meta' },
        h('span', { class: 'journey-duration' }, formatDuration(lang, j.duration)),
        h('span', { class: 'journey-changes' }, changesLabel(lang, j.transfers)),
      ),
      h(
        'span',
        { class: 'journey-trains' },
        ...trainNames(j).map((n) => h('span', { class: 'train-chip' }, n)),
        ...j.legs.flatMap((l) =>
          l.type === 'train' && l.stayOn ? [h('span', { class: 'stay-on' }, t(lang, 'journey.stayOn'))] : [],
        ),
      ),
      j.estimated
        ? h(
            'span',
            { class: 'badge badge--estimated', attrs: { title: t(lang, 'journey.estimatedHint') } },
            t(lang, 'journey.estimated'),
          )
        : null,
    );
  }
}

/** `+1 d` / `−1 d` after a time on another day than the search date (nothing on the same day). */
export function dayMark(lang: Lang, n: number): HTMLElement | null {
  if (n === 0) return null;
  const text = n > 0 ? t(lang, 'journey.dayLater', { n }) : t(lang, 'journey.dayEarlier', { n: -n });
  return h('sup', { class: `day${n < 0 ? ' day--earlier' : ''}` }, text);
}
