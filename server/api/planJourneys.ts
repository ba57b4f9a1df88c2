import type { LoadedFeed } from '../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../network/countryLocator.ts';
import type { StopIdx } from '../timetable/Timetable.ts';
import type { JourneysQuery, JourneysResponse } from './contract/index.ts';
import { presentJourney } from './present/presentJourney.ts';
import { resolveStopParam } from './present/resolveStopParam.ts';

/**
 * Answers a validated journeys query on one feed: resolves the stops (404 naming `from`/`to` when
 * unknown), runs the engine (depart-after, arrive-by or range) and presents the journeys. Shared by
 * GET /api/journeys and `corridor plan --json`, so both print exactly the same document.
 */
export function planJourneys(feed: LoadedFeed, q: JourneysQuery, locator: CountryLocator): JourneysResponse {
  const from = resolveStopParam(feed, q.from, 'from');
  const to = resolveStopParam(feed, q.to, 'to');
  const [h, m] = q.time.split(':').map(Number);
  const journeys = feed.router.plan({
    from: [from as StopIdx],
    to: [to as StopIdx],
    date: q.date,
    time: h * 3600 + m * 60,
    arriveBy: q.arriveBy,
    windowSeconds: q.window * 60,
    maxTransfers: q.maxTransfers,
    minTransferSeconds: q.minTransfer * 60,
  });
  return { feed: feed.id, journeys: journeys.map((j) => presentJourney(feed, j, locator, q.lang)) };
}
