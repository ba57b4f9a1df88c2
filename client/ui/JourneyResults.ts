import type { FeedsResponse, Journey } from '../../server/api/contract/index.ts';
import type { ApiClient, JourneySearch } from '../api/apiClient.ts';
import { addDays } from '../format/calendarDate.ts';
import { journeyKey } from '../format/journeySummary.ts';
import type { DateTime } from '../format/localClock.ts';
import { localTime } from '../format/localTime.ts';
import { type Lang, t } from '../i18n/t.ts';
import { feedForDate } from '../state/feedForDate.ts';
import { keyDeparture, mergeJourneys, SEARCH_WINDOW } from '../state/paging.ts';
import { covered, nearestCovered, serviceRanges } from '../state/serviceRanges.ts';
import { sameSearch, type UrlState } from '../state/urlState.ts';
import type { EmptyState, JourneyList } from './JourneyList.ts';

/** How many days after an empty date the results look for the next day with service. */
const PROBE_DAYS = 14;

/** What the results need from the page. */
export interface JourneyResultsContext {
  api: ApiClient;
  list: JourneyList;
  lang: () => Lang;
  feed: () => string | undefined;
  /** The loaded feeds (their service ranges), once GET /api/feeds answered. */
  feeds: () => FeedsResponse | undefined;
  /** The search's date and time: from the state, else now at the origin. */
  at: (s: UrlState) => DateTime;
  errorText: (err: unknown) => string;
}

/**
 * The journeys of the current search: the first page (a six-hour range query, or the next train
 * when the window is empty), the linked journey of a URL when it lies beyond that page, and the
 * Earlier / Later pages merged in. Renders into the JourneyList; superseded requests are aborted.
 */
export class JourneyResults {
  private journeys: Journey[] = [];
  private searched: (UrlState & { lang: Lang }) | undefined;
  private ctl: AbortController | undefined;
  /** The API's cursors of the pages before the first and after the last listed journey. */
  private cursors: { earlier?: string; later?: string } = {};
  /** What an empty result tells the traveller (covered dates, the next day with service). */
  private empty: EmptyState | undefined;

  constructor(private readonly ctx: JourneyResultsContext) {}

  /** The journey with this key, if listed. */
  find(key: string | undefined): Journey | undefined {
    return key ? this.journeys.find((j) => journeyKey(j) === key) : undefined;
  }

  /** Whether `s` asks something the listed results do not answer (new search or language). */
  stale(s: UrlState): boolean {
    return !this.searched || this.searched.lang !== this.ctx.lang() || !sameSearch(this.searched, s);
  }

  /** Runs the search for `s`; resolves false when a newer search superseded it. */
  async search(s: UrlState): Promise<boolean> {
    this.ctl?.abort();
    const ctl = new AbortController();
    this.ctl = ctl;
    const { api, list } = this.ctx;
    this.searched = { ...s, lang: this.ctx.lang() };
    this.journeys = [];
    list.status(t(this.ctx.lang(), 'results.loading'), 'loading');
    try {
      const first = { ...this.ctx.at(s), arriveBy: s.arriveBy, window: s.arriveBy ? 0 : SEARCH_WINDOW };
      let res = await api.journeys(this.query(s, first), ctl.signal);
      // Sparse service: nothing in the window means "show the next train", not "no trains".
      if (res.journeys.length === 0 && !s.arriveBy) {
        res = await api.journeys(this.query(s, { ...first, window: 0 }), ctl.signal);
      }
      this.cursors = { earlier: res.earlier, later: res.later };
      let journeys = res.journeys;
      const linked = s.journey ? keyDeparture(s.journey) : undefined;
      if (linked && !journeys.some((j) => journeyKey(j) === s.journey)) {
        const extra = await api.journeys(
          this.query(s, { ...linked, arriveBy: false, window: 0 }),
          ctl.signal,
        );
        journeys = mergeJourneys(journeys, extra.journeys);
      }
      this.empty = journeys.length === 0 ? await this.emptyState(s, ctl.signal) : undefined;
      if (ctl.signal.aborted) return false;
      this.journeys = mergeJourneys(journeys);
      return true;
    } catch (err) {
      if (ctl.signal.aborted) return false;
      this.searched = undefined;
      list.status(this.ctx.errorText(err), 'error');
      return true;
    }
  }

  /**
   * Adds the Earlier or Later page for `s` from the API's cursor (the page before the first or
   * after the last listed journey, at least three journeys within 24 h) and re-renders.
   */
  async page(dir: 'earlier' | 'later', s: UrlState): Promise<void> {
    if (!s.from || !s.to || !this.searched) return;
    const cursor = this.cursors[dir];
    if (!cursor) return;
    this.render(s, true);
    try {
      const at = this.ctx.at(s);
      const res = await this.ctx.api.journeys({
        ...this.query(s, { ...at, arriveBy: s.arriveBy, window: 0 }),
        cursor,
      });
      // The list grows at one end: only that end's cursor moves.
      this.cursors = { ...this.cursors, [dir]: res[dir] };
      const before = this.journeys.length;
      this.journeys = mergeJourneys(this.journeys, res.journeys);
      this.render(s);
      if (this.journeys.length === before) {
        this.ctx.list.notice(t(this.ctx.lang(), dir === 'later' ? 'results.noLater' : 'results.noEarlier'));
      }
    } catch (err) {
      this.ctx.list.status(this.ctx.errorText(err), 'error');
    }
  }

  /** Renders the list for `s` (its selected journey highlighted). */
  render(s: UrlState, busy = false): void {
    if (!this.searched) return;
    this.ctx.list.render(this.journeys, this.ctx.at(s).date, s.journey, this.ctx.lang(), busy, this.empty);
  }

  /** Forgets the results (no stations chosen). */
  clear(): void {
    this.ctl?.abort();
    this.searched = undefined;
    this.journeys = [];
    this.ctx.list.clear();
  }

  /** The first listed journey (its stops name the URL's stations before the network loads). */
  first(): Journey | undefined {
    return this.journeys[0];
  }

  /**
   * Why a date has no journey and what to try: the dates the timetables cover, and the next day
   * a journey departs (looked up day by day, at most PROBE_DAYS ahead, jumping gaps between
   * feeds) or, past every timetable, the last day covered.
   */
  private async emptyState(s: UrlState, signal: AbortSignal): Promise<EmptyState> {
    const feeds = this.ctx.feeds();
    const ranges = serviceRanges(feeds?.feeds ?? []);
    const date = this.ctx.at(s).date;
    const state: EmptyState = { date, ranges };
    let day = nearestCovered(ranges, date) ?? addDays(date, 1);
    if (day < date) return { ...state, last: day };
    for (let i = 0; i < PROBE_DAYS; i++) {
      if (!covered(ranges, day) && ranges.length > 0) {
        const next = nearestCovered(ranges, day);
        if (!next || next < day) break;
        day = next;
      }
      const res = await this.ctx.api.journeys(
        {
          ...this.query(s, { date: day, time: '00:00', arriveBy: false, window: 0 }),
          feed: s.feed ?? feedForDate(feeds, day),
        },
        signal,
      );
      const first = res.journeys[0];
      if (first) return { ...state, next: localTime(first.departure).date };
      day = addDays(day, 1);
    }
    return state;
  }

  private query(s: UrlState, page: DateTime & { window: number; arriveBy: boolean }): JourneySearch {
    return {
      from: s.from!,
      to: s.to!,
      maxTransfers: s.maxTransfers,
      feed: this.ctx.feed(),
      lang: this.ctx.lang(),
      ...page,
    };
  }
}
