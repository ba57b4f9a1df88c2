import type { ComparisonRow } from '../../compare/ComparisonRow.ts';
import { compareStats } from '../../compare/compareStats.ts';
import type { OriginStats } from '../../compare/profileOrigins.ts';
import { compareInWorkers } from '../../compare/worker/compareInWorkers.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { feedParts } from '../../feeds/feedParts.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { shareArrays } from '../../workers/shareArrays.ts';
import {
  PoolAbortError,
  PoolBusyError,
  PoolTaskError,
  PoolTimeoutError,
  type WorkerPool,
  type WorkerPoolStats,
} from '../../workers/WorkerPool.ts';
import { ApiError, ERROR_STATUS, type ErrorCode } from '../ApiError.ts';
import { type ApiTask, type FeedRef, refOf, type TaskBody } from './ApiTask.ts';
import { runTask } from './runTask.ts';

/** Deadlines of off-thread tasks (milliseconds, waiting included). */
export const TASK_TIMEOUT_MS = { light: 15_000, heavy: 60_000 } as const;

/** Where requests' heavy work runs: a pool of worker threads, or this thread (tests, WORKERS=0). */
export interface ApiWork {
  /** Computes a task's body (rejects with ApiError). */
  run(task: ApiTask, signal?: AbortSignal): Promise<TaskBody>;
  /** Hands new feed versions to the workers; resolves when they can serve them. */
  publish(feeds: readonly LoadedFeed[]): Promise<void>;
  /** Lets the workers drop every version of feed `id` (a network the catalog no longer keeps). */
  forget(id: string): void;
  /** The pool's sizes, when there is a pool. */
  stats(): WorkerPoolStats | undefined;
  /** A comparison job's rows (progress 0..1; stops when `signal` aborts). */
  compareJob(c: JobRequest, onProgress: (f: number) => void, signal: AbortSignal): Promise<ComparisonRow[]>;
}

/** What a comparison job compares. */
export interface JobRequest {
  baseline: LoadedFeed;
  scenario: LoadedFeed;
  date: string;
  baselineDate: string;
  stations: string[];
}

/** Origins per share of a comparison job on the pool (NYC: a few seconds each). */
export const JOB_CHUNK = 4;

/** Journeys and boards are light (milliseconds); the rest wait in the heavy lane. */
export const laneOf = (task: ApiTask) =>
  task.type === 'journeys' || task.type === 'board' ? 'light' : 'heavy';

/**
 * Runs tasks on the calling thread, against the catalog's feeds (single-thread mode and tests). The
 * handler names the feed it just took from the catalog, so the version always matches.
 */
export function inlineWork(catalog: FeedCatalog, locator: CountryLocator): ApiWork {
  const feedOf = (ref: FeedRef) => {
    const f = catalog.get(ref.id);
    if (!f || f.version !== ref.version)
      throw new ApiError('unavailable', `Feed ${ref.id} was reloaded meanwhile; try again`);
    return f;
  };
  return {
    run: async (task) => runTask(task, feedOf, locator),
    publish: async () => undefined,
    forget: () => undefined,
    stats: () => undefined,
    // Without a pool a job still runs on worker threads of its own (one per core).
    compareJob: (c, onProgress, signal) =>
      compareInWorkers(c.baseline.timetable, c.scenario.timetable, { ...c, onProgress, signal }),
  };
}

/**
 * Runs tasks on a WorkerPool whose workers run `apiWorker` (feeds posted as their parts, typed arrays
 * shared): journeys in the light lane, the rest in the heavy one. A full queue is a 503, a deadline
 * past is a 503 that says so, an error thrown in the worker comes back as the same ApiError.
 * A comparison job is a sequence of heavy tasks of JOB_CHUNK origins, one at a time, so other heavy
 * requests take their turn between its shares and journeys keep the rest of the pool.
 */
export function poolWork(pool: WorkerPool): ApiWork {
  const work: ApiWork = {
    async run(task, signal) {
      const lane = laneOf(task);
      try {
        return (await pool.run(lane, task, { timeoutMs: TASK_TIMEOUT_MS[lane], signal })) as TaskBody;
      } catch (e) {
        throw toApiError(e, lane);
      }
    },
    async publish(feeds) {
      await Promise.all(feeds.map((f) => pool.setState(`feed:${f.id}`, shareArrays(feedParts(f)))));
    },
    forget: (id) => pool.dropState(`feed:${id}`),
    stats: () => pool.stats(),
    async compareJob(c, onProgress, signal) {
      const sides = [
        { feed: c.baseline, date: c.baselineDate, out: [] as OriginStats[] },
        { feed: c.scenario, date: c.date, out: [] as OriginStats[] },
      ];
      const total = 2 * c.stations.length;
      let done = 0;
      for (const side of sides) {
        for (let i = 0; i < c.stations.length; i += JOB_CHUNK) {
          const origins = c.stations.slice(i, i + JOB_CHUNK);
          const task: ApiTask = {
            type: 'profile',
            feed: refOf(side.feed),
            date: side.date,
            stations: c.stations,
            origins,
          };
          const body = await work.run(task, signal);
          side.out.push(...(JSON.parse(body.body) as OriginStats[]));
          done += origins.length;
          onProgress(done / total);
        }
      }
      return compareStats(c.stations, sides[0].out, sides[1].out);
    },
  };
  return work;
}

function toApiError(e: unknown, lane: string): Error {
  if (e instanceof PoolBusyError)
    return new ApiError('unavailable', `The server is busy (${e.message}); try again`);
  if (e instanceof PoolTimeoutError)
    return new ApiError(
      'unavailable',
      `The request ${e.message} and was stopped (at most ${TASK_TIMEOUT_MS[lane as 'light' | 'heavy'] / 1000} s); ask for less`,
    );
  if (e instanceof PoolAbortError) return new ApiError('unavailable', 'The request was cancelled');
  if (e instanceof PoolTaskError) {
    const d = e.detail as { code?: string; message?: string; param?: string; details?: unknown };
    if (d.code && d.code in ERROR_STATUS && d.code !== 'internal')
      return new ApiError(d.code as ErrorCode, d.message ?? 'Error', d.param, d.details);
    return new Error(`worker task failed: ${d.message ?? e.message}`);
  }
  return e instanceof Error ? e : new Error(String(e));
}
