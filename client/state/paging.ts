import type { Journey } from '../../server/api/contract/index.ts';
import { journeyKey } from '../format/journeySummary.ts';
import type { DateTime } from '../format/localClock.ts';
import { instant } from '../format/localTime.ts';

/**
 * Minutes covered by the first page's range query (Earlier / Later pages follow the API's cursors): six hours,
 * because the corridor has a few trains a day and a direct train later in the window often beats a
 * detour with changes that leaves earlier.
 */
export const SEARCH_WINDOW = 360;

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
