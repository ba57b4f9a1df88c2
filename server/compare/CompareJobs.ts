import { randomUUID } from 'node:crypto';

/** A long comparison running in the background: progress 0..1, then its result or error. */
export interface CompareJobState<R> {
  id: string;
  state: 'running' | 'done' | 'failed';
  progress: number;
  /** Stations (origins) compared. */
  stations: number;
  /** Unix milliseconds. */
  startedAt: number;
  finishedAt: number | null;
  result: R | null;
  error: string | null;
}

/** Thrown by `start` when `maxRunning` jobs are already running. */
export class JobsBusyError extends Error {}

/**
 * The comparison jobs of one app instance (no module singleton): starts jobs, reports their
 * progress, keeps finished ones for `ttlMs` (default 1 h, at most `maxKept`, default 20) and runs at
 * most `maxRunning` (default 1: a job already uses every core) at a time.
 */
export class CompareJobs<R> {
  private readonly jobs = new Map<string, CompareJobState<R>>();
  private readonly ttlMs: number;
  private readonly maxKept: number;
  private readonly maxRunning: number;

  constructor(o: { ttlMs?: number; maxKept?: number; maxRunning?: number } = {}) {
    this.ttlMs = o.ttlMs ?? 3_600_000;
    this.maxKept = o.maxKept ?? 20;
    this.maxRunning = o.maxRunning ?? 1;
  }

  /** Starts `run` (which reports progress 0..1) as a job and returns its state at once. */
  start(stations: number, run: (onProgress: (fraction: number) => void) => Promise<R>): CompareJobState<R> {
    this.prune();
    const running = [...this.jobs.values()].filter((j) => j.state === 'running').length;
    if (running >= this.maxRunning) throw new JobsBusyError(`${running} comparison job(s) already running`);
    const job: CompareJobState<R> = {
      id: randomUUID(),
      state: 'running',
      progress: 0,
      stations,
      startedAt: Date.now(),
      finishedAt: null,
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    // Run after the caller has its answer; the job only ever settles, it never throws out.
    setImmediate(() => {
      run((f) => {
        job.progress = Math.min(1, Math.max(job.progress, f));
      }).then(
        (result) => {
          Object.assign(job, { state: 'done', progress: 1, result, finishedAt: Date.now() });
        },
        (e: unknown) => {
          Object.assign(job, {
            state: 'failed',
            error: e instanceof Error ? e.message : String(e),
            finishedAt: Date.now(),
          });
        },
      );
    });
    return job;
  }

  /** The job with this id, or undefined (unknown or expired). */
  get(id: string): CompareJobState<R> | undefined {
    this.prune();
    return this.jobs.get(id);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, j] of this.jobs)
      if (j.finishedAt !== null && now - j.finishedAt > this.ttlMs) this.jobs.delete(id);
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt !== null);
    for (let i = 0; finished.length - i > this.maxKept; i++) this.jobs.delete(finished[i].id);
  }
}
