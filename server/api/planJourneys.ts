import type { LoadedFeed } from '../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../network/countryLocator.ts';
import type { JourneysQuery, JourneysResponse } from './contract/index.ts';
import { decodeCursor, encodeCursor } from './present/pageCursor.ts';
import { presentJourney } from './present/presentJourney.ts';
import { resolveStops } from './present/resolveStopParam.ts';

/**
 * Answers a validated journeys query on one feed: resolves the stops (404 naming `from`/`to` when
 * unknown), runs the engine (a page of journeys: depart-after, arrive-by, a range, or the page a cursor
 * names, at least `count`) and presents them with the cursors of the pages around. Shared by
 * GET /api/journeys and `corridor plan --json`, so both print exactly the same document.
 */
export function planJourneys(feed: LoadedFeed, q: JourneysQuery, locator: CountryLocator): JourneysResponse {
  // In a network a bare id several feeds use for different places means all of them.
  const from = resolveStops(feed, q.from, 'from');
  const to = resolveStops(feed, q.to, 'to');
  const [h, m] = q.time.split(':').map(Number);
  const page = feed.router.page({
    from,
    to,
    date: q.date,
    time: h * 3600 + m * 60,
    arriveBy: q.arriveBy,
    windowSeconds: q.window * 60,
    maxTransfers: q.maxTransfers,
    minTransferSeconds: q.minTransfer * 60,
    count: q.count,
    cursor: q.cursor === undefined ? undefined : decodeCursor(q.cursor),
  });
  return {
    feed: feed.id,
    journeys: page.journeys.map((j) => presentJourney(feed, j, locator, q.lang)),
    earlier: encodeCursor(page.earlier),
    later: encodeCursor(page.later),
  };
}
