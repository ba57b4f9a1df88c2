import type { Journey, NetworkResponse } from '../../server/api/contract/index.ts';
import { ApiClient, ApiRequestError, type JourneySearch } from '../api/apiClient.ts';
import { journeyKey } from '../format/journeySummary.ts';
import { type DateTime, nowIn } from '../format/localClock.ts';
import { countryName, type Lang, pickLang, t } from '../i18n/t.ts';
import { CorridorMap } from '../map/CorridorMap.ts';
import { earlierPage, keyDeparture, laterPage, mergeJourneys, SEARCH_WINDOW } from '../state/paging.ts';
import { parseUrlState, sameSearch, serializeUrlState, type UrlState } from '../state/urlState.ts';
import { DeparturesBoard } from './DeparturesBoard.ts';
import { h } from './h.ts';
import { JourneyDetails } from './JourneyDetails.ts';
import { JourneyList } from './JourneyList.ts';
import { LanguageSwitcher } from './LanguageSwitcher.ts';
import { type Layout, layout } from './layout.ts';
import { SearchForm, type SearchValues } from './SearchForm.ts';

/** How the planner is mounted. */
export interface PlannerOptions {
  /** The compact embed view (/embed): smaller header, no departures board. */
  compact: boolean;
  tileUrl: string;
  /** Called after every render (the embed reports its height to the parent page). */
  onRendered?: () => void;
}

/**
 * The journey planner page: wires the search form, the results, the details, the departures board
 * and the map to the API and to the URL (every view change is a history entry; back/forward and
 * reloads reproduce it). One instance per page; it owns all state.
 */
export class Planner {
  private readonly api = new ApiClient();
  private readonly ui: Layout;
  private readonly form: SearchForm;
  private readonly list: JourneyList;
  private readonly details: JourneyDetails;
  private readonly board: DeparturesBoard;
  private readonly langSwitch: LanguageSwitcher;
  private readonly map: CorridorMap;
  private state: UrlState;
  private lang: Lang;
  private searched: (UrlState & { lang: Lang }) | undefined;
  private journeys: Journey[] = [];
  private network: NetworkResponse | undefined;
  private searchCtl: AbortController | undefined;
  private stationNames = new Map<string, string>();
  private openFull: HTMLAnchorElement | undefined;

  constructor(
    mount: HTMLElement,
    private readonly opts: PlannerOptions,
  ) {
    this.state = parseUrlState(location.search);
    this.lang = this.state.lang ?? pickLang(navigator.languages ?? [navigator.language]);
    this.ui = layout(opts.compact);
    const ctx = { lang: () => this.lang, feed: () => this.state.feed, now: () => this.now() };
    this.form = new SearchForm(this.api, { ...ctx, onSubmit: (v) => this.submit(v) });
    this.list = new JourneyList({
      onSelect: (key) => this.navigate({ ...this.state, journey: key }),
      onEarlier: () => void this.page('earlier'),
      onLater: () => void this.page('later'),
    });
    this.details = new JourneyDetails({
      onClose: () => this.navigate({ ...this.state, journey: undefined }),
      onStop: (id) => this.navigate({ ...this.state, board: id }),
    });
    this.board = new DeparturesBoard(this.api, {
      ...ctx,
      onClose: () => this.navigate({ ...this.state, board: undefined }),
      onPlan: (end, id, name) => {
        (end === 'from' ? this.form.from : this.form.to).setValue({ id, name });
        this.navigate({ ...this.state, board: undefined });
        this.form.element.querySelector<HTMLElement>(end === 'from' ? '[name=to]' : '[name=from]')?.focus();
      },
    });
    this.langSwitch = new LanguageSwitcher(this.lang, (lang) => this.navigate({ ...this.state, lang }));
    this.ui.tools.append(this.langSwitch.element);
    if (opts.compact) {
      this.openFull = h('a', {
        class: 'embed-open',
        attrs: { target: '_blank', rel: 'noopener', href: '/' },
      });
      this.ui.tools.prepend(this.openFull);
    }
    this.ui.panel.append(this.form.element, this.board.element, this.list.element, this.details.element);
    mount.replaceChildren(this.ui.root);
    this.map = new CorridorMap(this.ui.mapBox, opts.tileUrl, t(this.lang, 'map.label'));
    window.addEventListener('popstate', () => void this.apply(parseUrlState(location.search)));
    this.relabel();
    void this.apply(this.state);
  }

  private now(): DateTime {
    return nowIn('Europe/Moscow');
  }

  private navigate(next: UrlState): void {
    const url = `${location.pathname}${serializeUrlState(next)}${location.hash}`;
    // Embedded: replace, so the host page's back button is not taken over by the iframe.
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (this.opts.compact) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    void this.apply(next);
  }

  private submit(v: SearchValues): void {
    if (v.from) this.stationNames.set(v.from.id, v.from.name);
    if (v.to) this.stationNames.set(v.to.id, v.to.name);
    this.navigate({
      ...this.state,
      from: v.from?.id,
      to: v.to?.id,
      date: v.date,
      time: v.time,
      arriveBy: v.arriveBy,
      maxTransfers: v.maxTransfers,
      journey: undefined,
      board: undefined,
    });
  }

  /** Brings the whole view in line with a state (first load, navigation, back/forward). */
  private async apply(next: UrlState): Promise<void> {
    const langChanged = (next.lang ?? this.lang) !== this.lang;
    this.state = next;
    if (next.lang) this.lang = next.lang;
    document.documentElement.lang = this.lang;
    if (this.openFull) this.openFull.href = `/${serializeUrlState({ ...next, lang: this.lang })}`;
    if (langChanged || !this.network) {
      this.relabel();
      void this.loadNetwork(!this.network);
    }
    this.form.setValues({
      from: next.from ? { id: next.from, name: this.stationNames.get(next.from) ?? next.from } : undefined,
      to: next.to ? { id: next.to, name: this.stationNames.get(next.to) ?? next.to } : undefined,
      date: next.date,
      time: next.time,
      arriveBy: next.arriveBy,
      maxTransfers: next.maxTransfers,
    });
    if (next.board && !this.opts.compact) {
      const at = next.date && next.time ? { date: next.date, time: next.time } : this.now();
      if (this.board.openStop() !== next.board || langChanged) {
        void this.board.open({
          stopId: next.board,
          name: this.stationNames.get(next.board) ?? next.board,
          ...at,
        });
      }
    } else this.board.close();
    if (next.from && next.to) {
      if (
        !this.searched ||
        langChanged ||
        !sameSearch(this.searched, next) ||
        this.searched.lang !== this.lang
      ) {
        await this.search(next);
      }
    } else {
      this.searched = undefined;
      this.journeys = [];
      this.list.clear();
    }
    this.showSelection();
  }

  private query(
    s: UrlState,
    page: { date: string; time: string; window: number; arriveBy: boolean },
  ): JourneySearch {
    return { from: s.from!, to: s.to!, maxTransfers: s.maxTransfers, feed: s.feed, lang: this.lang, ...page };
  }

  private async search(s: UrlState): Promise<void> {
    this.searchCtl?.abort();
    const ctl = new AbortController();
    this.searchCtl = ctl;
    const at = s.date && s.time ? { date: s.date, time: s.time } : this.now();
    this.searched = { ...s, lang: this.lang };
    this.journeys = [];
    this.details.clear();
    this.list.status(t(this.lang, 'results.loading'), 'loading');
    try {
      const first = { ...at, arriveBy: s.arriveBy, window: s.arriveBy ? 0 : SEARCH_WINDOW };
      let res = await this.api.journeys(this.query(s, first), ctl.signal);
      if (res.journeys.length === 0 && !s.arriveBy) {
        res = await this.api.journeys(this.query(s, { ...first, window: 0 }), ctl.signal);
      }
      let journeys = res.journeys;
      const linked = s.journey ? keyDeparture(s.journey) : undefined;
      if (s.journey && linked && !journeys.some((j) => journeyKey(j) === s.journey)) {
        const extra = await this.api.journeys(
          this.query(s, { ...linked, arriveBy: false, window: 0 }),
          ctl.signal,
        );
        journeys = mergeJourneys(journeys, extra.journeys);
      }
      if (ctl.signal.aborted) return;
      this.journeys = mergeJourneys(journeys);
      this.learnNames(this.journeys);
      this.form.setValues({ from: this.named(s.from), to: this.named(s.to) });
      this.renderList();
    } catch (err) {
      if (ctl.signal.aborted) return;
      this.searched = undefined;
      this.list.status(this.errorText(err), 'error');
    }
    this.opts.onRendered?.();
  }

  private async page(dir: 'earlier' | 'later'): Promise<void> {
    const s = this.state;
    if (!s.from || !s.to) return;
    const at = s.date && s.time ? { date: s.date, time: s.time } : this.now();
    const q = dir === 'later' ? laterPage(this.journeys, at) : earlierPage(this.journeys, at);
    this.renderList(true);
    try {
      const res = await this.api.journeys(this.query(s, q));
      this.journeys = mergeJourneys(this.journeys, res.journeys);
      this.renderList();
    } catch (err) {
      this.list.status(this.errorText(err), 'error');
    }
    this.opts.onRendered?.();
  }

  private renderList(busy = false): void {
    const date = this.state.date ?? this.now().date;
    this.list.render(this.journeys, date, this.state.journey, this.lang, busy);
  }

  private showSelection(): void {
    const j = this.journeys.find((x) => journeyKey(x) === this.state.journey);
    if (this.searched) this.renderList();
    const crossing = (from: string, to: string) =>
      t(this.lang, 'border.marker', { from: countryName(this.lang, from), to: countryName(this.lang, to) });
    this.map.showJourney(j, crossing);
    if (j) {
      this.details.render(j, this.lang);
      this.list.element.classList.add('journey-list--behind');
    } else {
      this.details.clear();
      this.list.element.classList.remove('journey-list--behind');
    }
    this.opts.onRendered?.();
  }

  private async loadNetwork(fit: boolean): Promise<void> {
    const lang = this.lang;
    try {
      const network = await this.api.network(lang, this.state.feed);
      if (lang !== this.lang) return;
      this.network = network;
      for (const f of network.features)
        if (f.properties.kind === 'station') this.stationNames.set(f.properties.id, f.properties.name);
      const s = this.state;
      if (!this.form.from.input.matches(':focus') && s.from) this.form.from.setValue(this.named(s.from));
      if (!this.form.to.input.matches(':focus') && s.to) this.form.to.setValue(this.named(s.to));
      this.map.setNetwork(
        network,
        {
          onStationClick: (id, name) => {
            this.stationNames.set(id, name);
            if (this.opts.compact)
              this.form.from.value()
                ? this.form.to.setValue({ id, name })
                : this.form.from.setValue({ id, name });
            else this.navigate({ ...this.state, board: id });
          },
          labels: {
            station: t(lang, 'map.station'),
            borderStation: t(lang, 'map.borderStation'),
            crossing: (from, to) =>
              t(lang, 'border.marker', { from: countryName(lang, from), to: countryName(lang, to) }),
          },
        },
        fit,
      );
    } catch (err) {
      this.ui.footer.textContent = this.errorText(err);
    }
  }

  private learnNames(journeys: Journey[]): void {
    for (const j of journeys) {
      const first = j.legs[0]?.from.stop;
      const last = j.legs.at(-1)?.to.stop;
      if (first && this.state.from && !this.stationNames.has(this.state.from))
        this.stationNames.set(this.state.from, first.name);
      if (last && this.state.to && !this.stationNames.has(this.state.to))
        this.stationNames.set(this.state.to, last.name);
    }
  }

  private named(id: string | undefined) {
    return id ? { id, name: this.stationNames.get(id) ?? id } : undefined;
  }

  private errorText(err: unknown): string {
    if (err instanceof ApiRequestError && err.code === 'network') return t(this.lang, 'error.network');
    return t(this.lang, 'error.generic', { message: (err as Error).message });
  }

  private relabel(): void {
    document.title = `${t(this.lang, 'app.title')} — ${t(this.lang, 'app.tagline')}`;
    this.ui.title.textContent = t(this.lang, 'app.title');
    this.ui.tagline.textContent = t(this.lang, 'app.tagline');
    this.ui.mapBox.setAttribute('aria-label', t(this.lang, 'map.label'));
    this.langSwitch.set(this.lang);
    this.form.relabel();
    if (this.openFull) this.openFull.textContent = `${t(this.lang, 'embed.open')} ↗`;
  }
}
