import { type Request, type Response, Router } from 'express';
import { compareFeeds } from '../../compare/compareFeeds.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { ApiError } from '../ApiError.ts';
import { type CompareResponse, comparePairQuery, compareQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { parseQuery } from '../parseQuery.ts';
import { planJourneys } from '../planJourneys.ts';
import { comparisonCsv } from './comparisonCsv.ts';
import { presentComparison } from './presentComparison.ts';
import { resolveCompareRequest } from './resolveCompareRequest.ts';

/** Most stations a synchronous comparison takes (its pairs grow with the square); more: use a job. */
export const SYNC_COMPARE_STATIONS = 60;

/** Sends a comparison as CSV when `format=csv` or the client prefers text/csv, else JSON. */
export function sendComparison(req: Request, res: Response, doc: CompareResponse, format?: string): void {
  const csv = format ? format === 'csv' : req.accepts(['application/json', 'text/csv']) === 'text/csv';
  if (!csv) {
    res.json(doc);
    return;
  }
  res
    .type('text/csv; charset=utf-8')
    .setHeader(
      'Content-Disposition',
      `attachment; filename="compare-${doc.baseline.feed}-${doc.scenario.feed}-${doc.scenario.date}.csv"`,
    )
    .send(comparisonCsv(doc));
}

/**
 * GET /api/compare: every ordered station pair of two feeds on a day (journeys, fastest and median
 * time, first and last departure, longest gap, fewest transfers, and the change), JSON or CSV.
 * GET /api/compare/pair: one pair's journeys in both feeds, side by side (the matrix's row expansion).
 */
export function compareRouter(catalog: FeedCatalog, locator: CountryLocator): Router {
  const router = Router();
  router.get('/compare', (req, res) => {
    const q = parseQuery(compareQuery, req.query);
    const c = resolveCompareRequest(catalog, q);
    if (c.stations.length > SYNC_COMPARE_STATIONS) {
      throw new ApiError(
        'invalid_parameter',
        `${c.stations.length} stations are too many to compare at once (at most ${SYNC_COMPARE_STATIONS}); name fewer or start a job with POST /api/compare/jobs`,
        'stations',
      );
    }
    if (feedEtag(req, res, [c.baseline, c.scenario])) return;
    const rows = compareFeeds(c.baseline.router.data, c.scenario.router.data, c);
    sendComparison(req, res, presentComparison(c, c.stations, rows), q.format);
  });

  router.get('/compare/pair', (req, res) => {
    const q = parseQuery(comparePairQuery, req.query);
    for (const param of ['from', 'to'] as const) {
      const id = q[param];
      const known = [q.baseline, q.scenario].some((f) => catalog.get(f)?.timetable.stopIndex.has(id));
      if (!known && catalog.get(q.baseline) && catalog.get(q.scenario))
        throw new ApiError('unknown_stop', `Unknown stop in both feeds: ${id}`, param);
    }
    const c = resolveCompareRequest(catalog, {
      baseline: q.baseline,
      scenario: q.scenario,
      date: q.date,
      baselineDate: q.baselineDate,
      stations: [q.from, q.to],
    });
    if (feedEtag(req, res, [c.baseline, c.scenario])) return;
    const side = (feed: typeof c.baseline, date: string) => {
      const has = feed.timetable.stopIndex.has(q.from) && feed.timetable.stopIndex.has(q.to);
      const journeys = has
        ? planJourneys(
            feed,
            {
              from: q.from,
              to: q.to,
              date,
              time: '00:00',
              arriveBy: false,
              window: 1439,
              maxTransfers: 5,
              minTransfer: 5,
              lang: q.lang,
            },
            locator,
          ).journeys
        : [];
      return { feed: feed.id, date, journeys };
    };
    res.json({
      type: 'comparePair',
      baseline: side(c.baseline, c.baselineDate),
      scenario: side(c.scenario, c.date),
    });
  });
  return router;
}
