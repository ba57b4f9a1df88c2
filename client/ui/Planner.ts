import type { FeedsResponse } from '../../server/api/contract/index.ts';
import { ApiClient, ApiRequestError } from '../api/apiClient.ts';
import { nowIn } from '../format/localClock.ts';
import { type Lang, pickLang, t } from '../i18n/t.ts';
import { feedForDate } from '../state/feedForDate.ts';
import { serviceRanges } from '../state/serviceRanges.ts';
import { parseUrlState, sameSearch, serializeUrlState, type UrlState } from '../state/urlState.ts';
import { DeparturesBoard } from './DeparturesBoard.ts';
import { h } from './h.ts';
import { JourneyDetails } from './JourneyDetails.ts';
import { JourneyList } from './JourneyList.ts';
import { JourneyResults } from './JourneyResults.ts';
import { LanguageSwitcher } from './LanguageSwitcher.ts';
import { type Layout, layout } from './layout.ts';
import { MapPanel } from './MapPanel.ts';
import { SearchForm, type SearchValues } from './SearchForm.ts';

/** How the planner is mounted. */
export interface PlannerOptions {
  /** The compact embed view (/embed): history entries replaced, map clicks fill the form. */
  compact: boolean;
  tileUrl: string;
}

/** The corridor's clock: "now" for the form is now in Smolensk and Vitebsk (both UTC+3). */
const HOME_ZONE = 'Europe/Moscow';

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
  private readonly mapPanel: MapPanel;
  private readonly openFull: HTMLAnchorElement | undefined;
  private state: UrlState;
  private lang: Lang;
  private feeds: FeedsResponse | undefined;
  private readonly results: JourneyResults;
  /** What opened the board (a stop link, a marker): focus returns there when it closes. */
  private boardOpener: HTMLElement | undefined;
  /** The next board opening came from the user: move focus to it. */
  private focusBoard = false;
  /** Whether a state was applied yet (the first one fills the form). */
  private applied = false;

  constructor(
    mount: HTMLElement,
    private readonly opts: PlannerOptions,
  ) {
    this.state = parseUrlState(location.search);
    this.lang = this.state.lang ?? pickLang(navigator.languages ?? [navigator.language]);
    this.ui = layout(opts.compact);
    const ctx = { lang: () => this.lang, feed: () => this.feed(), now: () => nowIn(HOME_ZONE) };
    this.form = new SearchForm(this.api, { ...ctx, onSubmit: (v) => this.submit(v) });
    this.list = new JourneyList({
      onSelect: (key) => void this.navigate({ ...this.state, journey: key }).then(() => this.details.focus()),
      onEarlier: () => void this.results.page('earlier', this.state),
      onLater: () => void this.results.page('later', this.state),
      onDate: (date) =>
        void this.navigate({ ...this.state, date, time: '00:00', journey: undefined }).then(() =>
          this.list.focusFirst(),
        ),
    });
    this.results = new JourneyResults({
      api: this.api,
      list: this.list,
      lang: () => this.lang,
      feed: () => this.feed(),
      feeds: () => this.feeds,
      at: (st) => (st.date && st.time ? { date: st.date, time: st.time } : nowIn(HOME_ZONE)),
      errorText: (err) => this.errorText(err),
    });
    this.details = new JourneyDetails({
      onClose: () => {
        const key = this.state.journey;
        void this.navigate({ ...this.state, journey: undefined }).then(() => this.list.focus(key));
      },
      onStop: (id, _name, opener) => this.openBoard(id, opener),
    });
    this.board = new DeparturesBoard(this.api, {
      ...ctx,
      ranges: () => serviceRanges(this.feeds?.feeds ?? []),
      onClose: () => {
        const opener = this.boardOpener;
        this.boardOpener = undefined;
        void this.navigate({ ...this.state, board: undefined }).then(() => {
          if (opener?.isConnected) opener.focus();
        });
      },
      onPlan: (end, id, name) => {
        (end === 'from' ? this.form.from : this.form.to).setValue({ id, name });
        void this.navigate({ ...this.state, board: undefined });
        this.form.element.querySelector<HTMLElement>(end === 'from' ? '[name=to]' : '[name=from]')?.focus();
      },
    });
    this.langSwitch = new LanguageSwitcher(this.lang, (lang) => void this.navigate({ ...this.state, lang }));
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
    this.mapPanel = new MapPanel(this.ui.mapBox, opts.tileUrl, this.lang, this.api, (id, name) =>
      this.stationClicked(id, name),
    );
    document.addEventListener('keydown', (e) => this.onEscape(e));
    window.addEventListener('popstate', () => void this.apply(parseUrlState(location.search)));
    this.relabel();
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      this.feeds = await this.api.feeds();
    } catch {
      // the server picks its default feed
    }
    await this.apply(this.state);
  }

  /** The feed for the current date: named in the URL, else the one that runs that day. */
  private feed(): string | undefined {
    return this.state.feed ?? feedForDate(this.feeds, this.state.date ?? nowIn(HOME_ZONE).date);
  }

  private navigate(next: UrlState): Promise<void> {
    const url = `${location.pathname}${serializeUrlState(next)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      // Embedded: replace, so the host page's back button is not taken over by the iframe.
      if (this.opts.compact) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    return this.apply(next);
  }

  /** Runs the form's search; focus moves to the results once they are in. */
  private submit(v: SearchValues): void {
    if (v.from) this.mapPanel.names.set(v.from.id, v.from.name);
    if (v.to) this.mapPanel.names.set(v.to.id, v.to.name);
    const searched = this.navigate({
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
    void searched.then(() => this.list.focusFirst());
  }

  /**
   * Opens a station's board at the date and time the form shows (sent or not, so the board and the
   * form agree) and moves focus to it; `opener` gets focus back when it closes.
   */
  private openBoard(id: string, opener?: HTMLElement): void {
    this.boardOpener = opener;
    this.focusBoard = true;
    void this.navigate({ ...this.state, board: id, ...this.form.when() });
  }

  private stationClicked(id: string, name: string): void {
    if (!this.opts.compact) {
      this.openBoard(id, document.activeElement instanceof HTMLElement ? document.activeElement : undefined);
      return;
    }
    const end = this.form.from.value() ? this.form.to : this.form.from;
    end.setValue({ id, name });
  }

  /** Brings the whole view in line with a state (first load, navigation, back/forward). */
  private async apply(next: UrlState): Promise<void> {
    const langChanged = (next.lang ?? this.lang) !== this.lang;
    // A language switch alone keeps what the form holds, sent or not.
    const keepForm = this.applied && langChanged && sameSearch(this.state, next);
    this.applied = true;
    this.state = next;
    if (next.lang) this.lang = next.lang;
    if (langChanged) this.relabel();
    document.documentElement.lang = this.lang;
    if (this.openFull) this.openFull.href = `/${serializeUrlState({ ...next, lang: this.lang })}`;
    const lang = this.lang;
    this.mapPanel.load(lang, this.feed()).then(
      () => this.fillNames(),
      (err) => {
        this.ui.footer.textContent = this.errorText(err);
      },
    );
    if (!keepForm)
      this.form.setValues({
        from: this.named(next.from),
        to: this.named(next.to),
        date: next.date,
        time: next.time,
        arriveBy: next.arriveBy,
        maxTransfers: next.maxTransfers,
      });
    if (next.board && !this.opts.compact) {
      const at = next.date && next.time ? { date: next.date, time: next.time } : nowIn(HOME_ZONE);
      const focus = this.focusBoard;
      this.focusBoard = false;
      const open = this.board.current();
      if (open?.stopId !== next.board || open.date !== at.date || open.time !== at.time || langChanged) {
        void this.board.open(
          { stopId: next.board, name: this.mapPanel.names.get(next.board) ?? next.board, ...at },
          undefined,
          focus,
        );
      } else if (focus) this.board.focus();
    } else this.board.close();
    if (next.from && next.to) {
      if (this.results.stale(next)) {
        if (!this.opts.compact && !keepForm) this.form.fold();
        this.details.clear();
        if (!(await this.results.search(next))) return; // a newer navigation took over
        this.learnNames(next);
        this.fillNames();
      }
    } else {
      this.results.clear();
      this.form.unfold();
    }
    this.showSelection();
  }

  /** Escape closes the board, else the journey details (a suggestion list closes itself first). */
  private onEscape(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if ((e.target as HTMLElement | null)?.closest?.('[aria-expanded="true"]')) return;
    if (!this.board.element.hidden) {
      e.preventDefault();
      this.board.element.querySelector<HTMLButtonElement>('.board-head button.close')?.click();
    } else if (this.state.journey) {
      e.preventDefault();
      this.details.element.querySelector<HTMLButtonElement>('.details-head button.close')?.click();
    }
  }

  private showSelection(): void {
    const j = this.results.find(this.state.journey);
    this.results.render(this.state);
    this.mapPanel.showJourney(j, this.lang);
    if (j) this.details.render(j, this.lang);
    else this.details.clear();
    this.list.element.classList.toggle('journey-list--behind', !!j);
  }

  /** Names for the URL's station ids, once the network or a search has told us them. */
  private fillNames(): void {
    const s = this.state;
    if (s.from && !this.form.from.input.matches(':focus')) this.form.from.setValue(this.named(s.from));
    if (s.to && !this.form.to.input.matches(':focus')) this.form.to.setValue(this.named(s.to));
    this.form.refreshSummary();
  }

  private learnNames(s: UrlState): void {
    const j = this.results.first();
    if (!j) return;
    const first = j.legs[0]?.from.stop;
    const last = j.legs.at(-1)?.to.stop;
    if (first && s.from && !this.mapPanel.names.has(s.from)) this.mapPanel.names.set(s.from, first.name);
    if (last && s.to && !this.mapPanel.names.has(s.to)) this.mapPanel.names.set(s.to, last.name);
  }

  private named(id: string | undefined) {
    return id ? { id, name: this.mapPanel.names.get(id) ?? id } : undefined;
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
