import type { Journey } from '../../server/api/contract/index.ts';
import { journeyKey } from '../format/journeySummary.ts';
import { type DateTime, shiftLocal } from '../format/localClock.ts';
import { instant, localTime } from '../format/localTime.ts';

/**
 * Minutes covered by one range query (the first page and each Earlier / Later page): six hours,
 * because the corridor has a few trains a day and a direct train later in the window often beats a
 * detour with changes that leaves earlier.
 */
export const SEARCH_WINDOW = 360;

/** One page of a range query: journeys departing from `at` within `window` minutes. */
export interface PageQuery extends DateTime {
  window: number;
  arriveBy: boolean;
}

/** The page after the given journeys: from one minute after the last departure. */
export function laterPage(journeys: readonly Journey[], fallback: DateTime): PageQuery {
  const last = [...journeys].sort((a, b) => instant(a.departure) - instant(b.departure)).at(-1);
  const start = last ? shiftLocal(localTime(last.departure), 1) : shiftLocal(fallback, SEARCH_WINDOW);
  return { ...start, window: SEARCH_WINDOW, arriveBy: false };
}

/** The page before the given journeys: the window ending one minute before the first departure. */
export function earlierPage(journeys: readonly Journey[], fallback: DateTime): PageQuery {
  const first = [...journeys].sort((a, b) => instant(a.departure) - instant(b.departure))[0];
  const end = first ? localTime(first.departure) : fallback;
  return { ...shiftLocal(end, -SEARCH_WINDOW), window: SEARCH_WINDOW - 1, arriveBy: false };
}

/**
 * When a page's window holds no train (a corridor with a few trains a day): the next journey after
 * the last departure (depart-after, no window), or the last one arriving before the first departure
 * (arrive-by, no window).
 */
export function beyondPage(
  dir: 'earlier' | 'later',
  journeys: readonly Journey[],
  fallback: DateTime,
): PageQuery {
  const sorted = [...journeys].sort((a, b) => instant(a.departure) - instant(b.departure));
  if (dir === 'later') {
    const last = sorted.at(-1);
    return { ...(last ? shiftLocal(localTime(last.departure), 1) : fallback), window: 0, arriveBy: false };
  }
  const first = sorted[0];
  return { ...shiftLocal(first ? localTime(first.departure) : fallback, -1), window: 0, arriveBy: true };
}

/** Journeys of several pages as one list: duplicates (same key) dropped, by departure then arrival. */
export function mergeJourneys(...lists: (readonly Journey[])[]): Journey[] {
  const byKey = new Map<string, Journey>();
  for (const list of lists) for (const j of list) if (!byKey.has(journeyKey(j))) byKey.set(journeyKey(j), j);
  return [...byKey.values()].sort(
    (a, b) => instant(a.departure) - instant(b.departure) || instant(a.arrival) - instant(b.arrival),
  );
}

/** The departure date and time encoded in a journey key (to fetch a linked journey not on the first page). */
export function keyDeparture(key: string): DateTime | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})~/.exec(key);
  return m ? { date: m[1], time: m[2] } : undefined;
}
