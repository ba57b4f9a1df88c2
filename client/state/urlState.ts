import { isLang, type Lang } from '../i18n/t.ts';

/** Everything a link must carry to reproduce the view. Absent date/time mean "now". */
export interface UrlState {
  from?: string;
  to?: string;
  /** YYYY-MM-DD, local to the origin. */
  date?: string;
  /** HH:MM, local to the origin. */
  time?: string;
  arriveBy: boolean;
  maxTransfers: number;
  /** The selected journey's key (see journeyKey). */
  journey?: string;
  lang?: Lang;
  feed?: string;
  /** Station whose departures board is open. */
  board?: string;
}

/** Default maximum number of changes (the API's default too). */
export const DEFAULT_MAX_TRANSFERS = 5;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ID = /^[^\s]{1,200}$/;

/** The state in a query string (`?from=…`); unknown or malformed parameters are ignored. */
export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const str = (name: string, re: RegExp) => {
    const v = p.get(name);
    return v !== null && re.test(v) ? v : undefined;
  };
  const mt = Number(p.get('maxTransfers'));
  const lang = p.get('lang');
  return {
    from: str('from', ID),
    to: str('to', ID),
    date: str('date', DATE),
    time: str('time', TIME),
    arriveBy: p.get('arriveBy') === '1' || p.get('arriveBy') === 'true',
    maxTransfers:
      p.has('maxTransfers') && Number.isInteger(mt) && mt >= 0 && mt <= 8 ? mt : DEFAULT_MAX_TRANSFERS,
    journey: str('j', /^.{1,400}$/),
    lang: isLang(lang) ? lang : undefined,
    feed: str('feed', /^[\w.-]{1,100}$/),
    board: str('board', ID),
  };
}

/** The canonical query string (with `?`, or '' when empty) for a state: fixed order, defaults omitted. */
export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  const put = (name: string, v: string | undefined) => {
    if (v !== undefined && v !== '') p.set(name, v);
  };
  put('from', s.from);
  put('to', s.to);
  put('date', s.date);
  put('time', s.time);
  if (s.arriveBy) p.set('arriveBy', '1');
  if (s.maxTransfers !== DEFAULT_MAX_TRANSFERS) p.set('maxTransfers', String(s.maxTransfers));
  put('j', s.journey);
  put('board', s.board);
  put('feed', s.feed);
  put('lang', s.lang);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Whether two states ask the API the same journey question (so results can be reused). */
export function sameSearch(a: UrlState, b: UrlState): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.date === b.date &&
    a.time === b.time &&
    a.arriveBy === b.arriveBy &&
    a.maxTransfers === b.maxTransfers &&
    a.feed === b.feed
  );
}
