import { type Request, type Response, Router } from 'express';
import { type CompareJobState, CompareJobs, JobsBusyError } from '../../compare/CompareJobs.ts';
import { compareFeeds } from '../../compare/compareFeeds.ts';
import { compareInWorkers } from '../../compare/worker/compareInWorkers.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { ApiError } from '../ApiError.ts';
import {
  type CompareJob,
  type CompareResponse,
  compareJobQuery,
  comparePairQuery,
  compareQuery,
  jobIdParam,
} from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { parseQuery } from '../parseQuery.ts';
import { planJourneys } from '../planJourneys.ts';
import { comparisonCsv } from './comparisonCsv.ts';
import { presentComparison } from './presentComparison.ts';
import { resolveCompareRequest } from './resolveCompareRequest.ts';

/** Most stations a synchronous comparison takes (its pairs grow with the square); more: use a job. */
export const SYNC_COMPARE_STATIONS = 60;

/** Most stations a comparison job takes. */
export const JOB_COMPARE_STATIONS = 2000;

/** A job as the API shows it (`result` only when done, and only the changed rows if asked). */
function presentJob(job: CompareJobState<CompareResponse>, changedOnly: boolean): CompareJob {
  const result =
    job.result && changedOnly
      ? { ...job.result, rows: job.result.rows.filter((r) => r.status !== 'same' && r.status !== 'none') }
      : job.result;
  return {
    type: 'compareJob',
    id: job.id,
    state: job.state,
    progress: job.progress,
    stations: job.stations,
    elapsedSeconds: ((job.finishedAt ?? Date.now()) - job.startedAt) / 1000,
    error: job.error,
    result,
  };
}

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
 * POST /api/compare/jobs (the parameters of GET /api/compare, in the query): the same comparison
 * in the background on worker threads, answered at once with 202 and a job id; GET
 * /api/compare/jobs/:id: its progress (0..1) and, when done, the result (JSON or CSV).
 *
 * GET /api/compare: every ordered station pair of two feeds on a day (journeys, fastest and median
 * time, first and last departure, longest gap, fewest transfers, and the change), JSON or CSV.
 * GET /api/compare/pair: one pair's journeys in both feeds, side by side (the matrix's row expansion).
 */
export function compareRouter(catalog: FeedCatalog, locator: CountryLocator): Router {
  const router = Router();
  const jobs = new CompareJobs<CompareResponse>();

  router.post('/compare/jobs', (req, res) => {
    const q = parseQuery(compareQuery, req.query);
    const c = resolveCompareRequest(catalog, q);
    if (c.stations.length > JOB_COMPARE_STATIONS) {
      throw new ApiError(
        'invalid_parameter',
        `${c.stations.length} stations are too many (at most ${JOB_COMPARE_STATIONS})`,
        'stations',
      );
    }
    let job: CompareJobState<CompareResponse>;
    try {
      job = jobs.start(c.stations.length, async (onProgress) => {
        const rows = await compareInWorkers(c.baseline.timetable, c.scenario.timetable, { ...c, onProgress });
        return presentComparison(c, c.stations, rows);
      });
    } catch (e) {
      if (e instanceof JobsBusyError) throw new ApiError('too_many_requests', e.message);
      throw e;
    }
    res.status(202).location(`/api/compare/jobs/${job.id}`).json(presentJob(job, false));
  });

  router.get('/compare/jobs/:id', (req, res) => {
    const id = parseQuery(jobIdParam, req.params.id);
    const q = parseQuery(compareJobQuery, req.query);
    const job = jobs.get(id);
    if (!job) throw new ApiError('not_found', `Unknown or expired comparison job: ${id}`, 'id');
    res.setHeader('Cache-Control', 'no-store');
    const shown = presentJob(job, q.changed);
    if (
      shown.result &&
      (q.format === 'csv' || (!q.format && req.accepts(['application/json', 'text/csv']) === 'text/csv'))
    )
      return sendComparison(req, res, shown.result, 'csv');
    res.json(shown);
  });

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
    const rows = compareFeeds(c.baseline.router, c.scenario.router, c);
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
              count: 1,
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
