import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Timetable } from '../../timetable/Timetable.ts';
import { workerScript } from '../../workers/workerScript.ts';
import type { ComparisonRow } from '../ComparisonRow.ts';
import type { CompareOptions } from '../compareFeeds.ts';
import { compareStats } from '../compareStats.ts';
import type { OriginStats } from '../profileOrigins.ts';
import type { WorkerReply, WorkerRequest } from './messages.ts';
import { shareTimetable } from './shareTimetable.ts';

/** Worker-pool settings of compareInWorkers. */
export interface WorkerOptions {
  /** Worker threads; default the machine's available parallelism. */
  workers?: number;
  /** Origins per task handed to a worker; default 8 (small enough to balance, large enough to batch). */
  chunk?: number;
  /** Stops the workers and rejects when aborted (a cancelled job). */
  signal?: AbortSignal;
}

interface Task {
  key: 'baseline' | 'scenario';
  date: string;
  origins: string[];
}

/**
 * compareFeeds on worker threads: the timetables' typed arrays are moved onto SharedArrayBuffers and
 * posted once to every worker (each builds its own RAPTOR index), then chunks of origins of both
 * feeds are handed out as workers become free. `onProgress` gets the fraction of origins done.
 * Resolves with the rows in station-list order; rejects on the first worker failure, or when
 * `signal` aborts (the workers are terminated either way).
 */
export async function compareInWorkers(
  baseline: Timetable,
  scenario: Timetable,
  o: CompareOptions & WorkerOptions,
): Promise<ComparisonRow[]> {
  const stations = [...o.stations];
  const chunk = Math.max(1, o.chunk ?? 8);
  const tasks: Task[] = [];
  for (const [key, date] of [
    ['baseline', o.baselineDate ?? o.date],
    ['scenario', o.date],
  ] as const) {
    for (let i = 0; i < stations.length; i += chunk)
      tasks.push({ key, date, origins: stations.slice(i, i + chunk) });
  }
  const total = 2 * stations.length;
  const count = Math.max(1, Math.min(o.workers ?? availableParallelism(), tasks.length));
  const feeds: WorkerRequest[] = [
    { type: 'feed', key: 'baseline', timetable: shareTimetable(baseline) },
    { type: 'feed', key: 'scenario', timetable: shareTimetable(scenario) },
  ];
  const results: Record<Task['key'], OriginStats[]> = { baseline: [], scenario: [] };
  const partial = new Map<number, number>();
  let finished = 0;
  const report = () => {
    let done = finished;
    for (const d of partial.values()) done += d;
    o.onProgress?.(done / total);
  };
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let open = tasks.length;
      if (open === 0) return resolve();
      if (o.signal?.aborted) return reject(new Error('cancelled'));
      o.signal?.addEventListener('abort', () => reject(new Error('cancelled')), { once: true });
      const give = (w: Worker) => {
        if (next >= tasks.length) return;
        const t = tasks[next];
        const msg: WorkerRequest = {
          type: 'task',
          task: next++,
          key: t.key,
          date: t.date,
          stations,
          origins: t.origins,
        };
        w.postMessage(msg);
      };
      for (let i = 0; i < count; i++) {
        const w = new Worker(workerScript(import.meta.url, 'profileWorker'));
        workers.push(w);
        w.on('error', reject);
        w.on('exit', (code) => {
          if (open > 0) reject(new Error(`compare worker exited with code ${code}`));
        });
        w.on('message', (m: WorkerReply) => {
          if (m.type === 'error') return reject(new Error(m.message));
          if (m.type === 'progress') {
            partial.set(m.task, m.done);
            report();
            return;
          }
          partial.delete(m.task);
          finished += m.stats.length;
          results[tasks[m.task].key].push(...m.stats);
          report();
          if (--open === 0) resolve();
          else give(w);
        });
        for (const f of feeds) w.postMessage(f);
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return compareStats(stations, results.baseline, results.scenario);
}
