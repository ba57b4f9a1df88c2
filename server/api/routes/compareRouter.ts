import { type Request, type Response, Router } from 'express';
import { type CompareJobState, type CompareJobs, JobsBusyError } from '../../compare/CompareJobs.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { ApiError } from '../ApiError.ts';
import { hasAdminToken } from '../bearerToken.ts';
import {
  type CompareJob,
  type CompareResponse,
  compareJobQuery,
  comparePairQuery,
  compareQuery,
  jobIdParam,
} from '../contract/index.ts';
import { refOf } from '../offThread/ApiTask.ts';
import { answerOffThread, type OffThread } from '../offThread/answerOffThread.ts';
import { parseQuery } from '../parseQuery.ts';
import { comparisonCsv } from './comparisonCsv.ts';
import { presentComparison } from './presentComparison.ts';
import { resolveCompareRequest } from './resolveCompareRequest.ts';

/** Most stations a synchronous comparison takes on small feeds; more: start a job. */
export const SYNC_COMPARE_STATIONS = 20;

/**
 * Budget of a synchronous comparison: stations × stop times of both feeds. Its cost is one
 * whole-day profile per origin and feed, about proportional to the feed's stop times (NYC subway,
 * 2.4 M: 20 stations took 34 s on a loaded 2-core machine), so big feeds get fewer stations
 * (NYC: 6, ≈ 10 s in one worker thread).
 */
export const SYNC_COMPARE_BUDGET = 30_000_000;

/** Most stations GET /api/compare takes for these two feeds (2..SYNC_COMPARE_STATIONS). */
export function syncCompareStations(a: LoadedFeed, b: LoadedFeed): number {
  const stopTimes = a.timetable.trips.stStop.length + b.timetable.trips.stStop.length;
  return Math.max(
    2,
    Math.min(SYNC_COMPARE_STATIONS, Math.floor(SYNC_COMPARE_BUDGET / Math.max(1, stopTimes))),
  );
}

/** Most stations of a comparison job without the admin token (60 NYC stations: ≈ 50 s on 2 cores). */
export const ANON_JOB_STATIONS = 60;

/** Most stations a comparison job takes with the admin token. */
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
 * in the background on worker threads, answered at once with 202 and a job id; one unfinished job
 * per client, in turn; more than ANON_JOB_STATIONS stations need the admin token. GET
 * /api/compare/jobs/:id: its progress (0..1) and, when done, the result (JSON or CSV). DELETE
 * /api/compare/jobs/:id: cancels it (its owner or the admin).
 *
 * GET /api/compare: every ordered station pair of two feeds on a day (journeys, fastest and median
 * time, first and last departure, longest gap, fewest transfers, and the change), JSON or CSV.
 * GET /api/compare/pair: one pair's journeys in both feeds, side by side (the matrix's row expansion).
 */
export function compareRouter(
  catalog: FeedCatalog,
  off: OffThread,
  jobs: CompareJobs<CompareResponse>,
  adminToken?: string,
): Router {
  const router = Router();
  const ownerOf = (req: Request) => (hasAdminToken(req, adminToken) ? 'admin' : `ip:${req.ip ?? ''}`);

  router.post('/compare/jobs', (req, res) => {
    const q = parseQuery(compareQuery, req.query);
    const c = resolveCompareRequest(catalog, q);
    const owner = ownerOf(req);
    if (c.stations.length > JOB_COMPARE_STATIONS) {
      throw new ApiError(
        'invalid_parameter',
        `${c.stations.length} stations are too many (at most ${JOB_COMPARE_STATIONS})`,
        'stations',
      );
    }
    if (c.stations.length > ANON_JOB_STATIONS && owner !== 'admin')
      throw new ApiError(
        'unauthorized',
        `${c.stations.length} stations: a job of more than ${ANON_JOB_STATIONS} stations needs the admin bearer token`,
      );
    let job: CompareJobState<CompareResponse>;
    try {
      job = jobs.start(c.stations.length, owner, async (onProgress, signal) => {
        const rows = await off.work.compareJob(c, onProgress, signal);
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

  router.delete('/compare/jobs/:id', (req, res) => {
    const id = parseQuery(jobIdParam, req.params.id);
    const job = jobs.get(id);
    if (!job) throw new ApiError('not_found', `Unknown or expired comparison job: ${id}`, 'id');
    const owner = ownerOf(req);
    if (owner !== 'admin' && owner !== job.owner)
      throw new ApiError('forbidden', 'Only the client that started a job (or the admin) may cancel it');
    jobs.cancel(id);
    res.setHeader('Cache-Control', 'no-store');
    res.json(presentJob(job, false));
  });

  router.get('/compare', async (req, res) => {
    const q = parseQuery(compareQuery, req.query);
    const c = resolveCompareRequest(catalog, q);
    const most = syncCompareStations(c.baseline, c.scenario);
    if (c.stations.length > most) {
      throw new ApiError(
        'invalid_parameter',
        `${c.stations.length} stations are too many to compare at once (at most ${most} for these feeds); name fewer or start a job with POST /api/compare/jobs`,
        'stations',
      );
    }
    const csv = q.format ? q.format === 'csv' : req.accepts(['application/json', 'text/csv']) === 'text/csv';
    await answerOffThread(req, res, off, [c.baseline, c.scenario], {
      type: 'compare',
      baseline: refOf(c.baseline),
      scenario: refOf(c.scenario),
      date: c.date,
      baselineDate: c.baselineDate,
      stations: c.stations,
      format: csv ? 'csv' : 'json',
    });
  });

  router.get('/compare/pair', async (req, res) => {
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
    await answerOffThread(req, res, off, [c.baseline, c.scenario], {
      type: 'comparePair',
      baseline: refOf(c.baseline),
      scenario: refOf(c.scenario),
      date: c.date,
      baselineDate: c.baselineDate,
      from: q.from,
      to: q.to,
      lang: q.lang,
    });
  });
  return router;
}
