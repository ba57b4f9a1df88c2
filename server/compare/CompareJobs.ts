import { randomUUID } from 'node:crypto';

/** A long comparison in the background: waiting its turn, running (progress 0..1), then done. */
export interface CompareJobState<R> {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: number;
  /** Stations (origins) compared. */
  stations: number;
  /** Who started it (the client's address, or `admin`): only they may cancel it. */
  owner: string;
  /** Unix milliseconds: when it was started (queued) and when it ended. */
  startedAt: number;
  finishedAt: number | null;
  result: R | null;
  error: string | null;
}

/** Thrown by `start` when the client already has its share of unfinished jobs, or the queue is full. */
export class JobsBusyError extends Error {}

/** Settings of CompareJobs (milliseconds and counts). */
export interface CompareJobsOptions {
  /** How long a finished job is kept (default 1 h). */
  ttlMs?: number;
  /** Most finished jobs kept (default 20). */
  maxKept?: number;
  /** Jobs running at once (default 1: a job already uses every core). */
  maxRunning?: number;
  /** Longest a job may run; then it is cancelled (default 10 min). */
  maxRunMs?: number;
  /** Unfinished (queued or running) jobs per owner (default 1). */
  perOwner?: number;
  /** Most jobs waiting in all (default 16). */
  maxQueued?: number;
}

type Run<R> = (onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<R>;

/**
 * The comparison jobs of one app instance (no module singleton). Jobs wait in one first-come queue
 * and run `maxRunning` at a time; each owner has at most `perOwner` unfinished jobs, so nobody takes
 * the queue. A job can be cancelled by its owner (its workers are stopped), is cancelled past
 * `maxRunMs`, and is forgotten `ttlMs` after it ended (at most `maxKept` finished jobs are kept).
 */
export class CompareJobs<R> {
  private readonly jobs = new Map<string, CompareJobState<R>>();
  private readonly waiting: { job: CompareJobState<R>; run: Run<R> }[] = [];
  private readonly controllers = new Map<string, AbortController>();
  private readonly o: Required<CompareJobsOptions>;

  constructor(o: CompareJobsOptions = {}) {
    this.o = {
      ttlMs: o.ttlMs ?? 3_600_000,
      maxKept: o.maxKept ?? 20,
      maxRunning: o.maxRunning ?? 1,
      maxRunMs: o.maxRunMs ?? 600_000,
      perOwner: o.perOwner ?? 1,
      maxQueued: o.maxQueued ?? 16,
    };
  }

  /** Queues `run` (which reports progress 0..1 and stops when its signal aborts) as `owner`'s job. */
  start(stations: number, owner: string, run: Run<R>): CompareJobState<R> {
    this.prune();
    const mine = [...this.jobs.values()].filter(
      (j) => j.owner === owner && (j.state === 'queued' || j.state === 'running'),
    ).length;
    if (mine >= this.o.perOwner)
      throw new JobsBusyError(
        `You already have ${mine} comparison job(s) unfinished (at most ${this.o.perOwner}); wait for it or cancel it (DELETE)`,
      );
    if (this.waiting.length >= this.o.maxQueued)
      throw new JobsBusyError(`${this.waiting.length} comparison jobs are waiting already; try later`);
    const job: CompareJobState<R> = {
      id: randomUUID(),
      state: 'queued',
      progress: 0,
      stations,
      owner,
      startedAt: Date.now(),
      finishedAt: null,
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.waiting.push({ job, run });
    this.next();
    return job;
  }

  /** The job with this id, or undefined (unknown or expired). */
  get(id: string): CompareJobState<R> | undefined {
    this.prune();
    return this.jobs.get(id);
  }

  /** Cancels a queued or running job (its workers are stopped); false when it had ended already. */
  cancel(id: string, reason = 'cancelled'): boolean {
    const job = this.jobs.get(id);
    if (!job || (job.state !== 'queued' && job.state !== 'running')) return false;
    const at = this.waiting.findIndex((w) => w.job === job);
    if (at >= 0) this.waiting.splice(at, 1);
    this.controllers.get(id)?.abort();
    this.end(job, { state: 'cancelled', error: reason });
    setImmediate(() => this.next());
    return true;
  }

  /** Jobs running and waiting (for /metrics). */
  counts(): { running: number; queued: number } {
    return { running: this.controllers.size, queued: this.waiting.length };
  }

  private next(): void {
    while (this.controllers.size < this.o.maxRunning && this.waiting.length > 0) {
      const { job, run } = this.waiting.shift() as { job: CompareJobState<R>; run: Run<R> };
      const controller = new AbortController();
      this.controllers.set(job.id, controller);
      job.state = 'running';
      const timer = setTimeout(
        () => this.cancel(job.id, `ran longer than ${this.o.maxRunMs / 1000} s`),
        this.o.maxRunMs,
      );
      timer.unref();
      // The work starts after the caller has its answer.
      new Promise<void>((r) => setImmediate(r))
        .then(() =>
          run((f) => {
            job.progress = Math.min(1, Math.max(job.progress, f));
          }, controller.signal),
        )
        .then(
          (result) => {
            if (job.state === 'running') this.end(job, { state: 'done', progress: 1, result });
          },
          (e: unknown) => {
            if (job.state === 'running')
              this.end(job, { state: 'failed', error: e instanceof Error ? e.message : String(e) });
          },
        )
        .finally(() => {
          clearTimeout(timer);
          this.controllers.delete(job.id);
          this.next();
        });
    }
  }

  private end(job: CompareJobState<R>, change: Partial<CompareJobState<R>>): void {
    Object.assign(job, change, { finishedAt: Date.now() });
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, j] of this.jobs)
      if (j.finishedAt !== null && now - j.finishedAt > this.o.ttlMs) this.jobs.delete(id);
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt !== null);
    for (let i = 0; finished.length - i > this.o.maxKept; i++) this.jobs.delete(finished[i].id);
  }
}
