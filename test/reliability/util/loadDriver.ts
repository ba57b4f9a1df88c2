import { Agent, request } from 'node:http';

/** Totals of a load run. Latencies in milliseconds. */
export interface LoadResult {
  sent: number;
  /** Responses by status code. */
  statuses: Record<number, number>;
  /** Request errors by code (ECONNREFUSED, ECONNRESET, timeout...). */
  errors: Record<string, number>;
  /** Responses whose body ended early (status known, body cut). */
  truncated: number;
  millis: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

/** Options of `runLoad`. */
export interface LoadOptions {
  base: string;
  /** Paths to request, in turn (GET). */
  paths: readonly string[];
  concurrency: number;
  /** Stop after this many requests in all... */
  maxRequests: number;
  /** ...or after this long, whichever first. */
  maxMillis: number;
  /** Keep connections alive (default) or one connection per request (`Connection: close`). */
  keepAlive?: boolean;
  /** Per-request timeout (default 10 s): a hang is an error, never a stuck test. */
  timeoutMs?: number;
  /** A loop stops for good after a connection is refused (the server stopped listening). */
  stopOnRefused?: boolean;
  /** Called after each response or error (e.g. to trigger a reload after N requests). */
  onResult?: (sent: number) => void;
}

/**
 * A small closed-loop HTTP load generator on node:http: `concurrency` loops each send the next
 * path and wait for the whole response. Bounded in count and time; every outcome is counted.
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: o.keepAlive ?? true, maxSockets: o.concurrency });
  const result: LoadResult = {
    sent: 0,
    statuses: {},
    errors: {},
    truncated: 0,
    millis: 0,
    perSecond: 0,
    p50: 0,
    p99: 0,
    max: 0,
  };
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + o.maxMillis;
  const one = (path: string) =>
    new Promise<void>((done) => {
      const t0 = performance.now();
      const req = request(`${o.base}${path}`, {
        agent: o.keepAlive === false ? false : agent,
        headers: o.keepAlive === false ? { Connection: 'close' } : {},
        timeout: o.timeoutMs ?? 10_000,
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
      req.on('response', (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          if (!res.complete) result.truncated++;
          result.statuses[res.statusCode ?? 0] = (result.statuses[res.statusCode ?? 0] ?? 0) + 1;
          latencies.push(performance.now() - t0);
          done();
        });
        res.on('error', () => {
          result.truncated++;
          done();
        });
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        const code = e.code ?? e.message;
        result.errors[code] = (result.errors[code] ?? 0) + 1;
        done();
      });
      req.end();
    });
  const loop = async (k: number) => {
    for (let i = k; result.sent < o.maxRequests && performance.now() < deadline; i += o.concurrency) {
      result.sent++;
      await one(o.paths[i % o.paths.length]);
      o.onResult?.(result.sent);
      if (o.stopOnRefused && result.errors.ECONNREFUSED) return;
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, (_, k) => loop(k)));
  agent.destroy();
  result.millis = performance.now() - started;
  result.perSecond = Math.round((latencies.length / result.millis) * 1000);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
  result.p50 = at(0.5);
  result.p99 = at(0.99);
  result.max = Math.round((latencies.at(-1) ?? 0) * 10) / 10;
  return result;
}

/**
 * A mix of cheap and routing GET paths on corridor-2026-plan (one journey search in four requests).
 * Journeys from Smolensk are left out: 100-300 ms each on this machine (see RELIABILITY.md), they
 * would make the figures about the engine, not the server.
 */
export const CORRIDOR_PATHS = [
  '/api/health',
  '/api/stops?q=orsha',
  '/api/journeys?from=orsha&to=vitebsk&date=2026-04-10&time=07:00',
  '/api/stops/orsha/departures?date=2026-04-10&time=06:00',
  '/api/trips/t2026_orsha_vitebsk_0930?date=2026-04-10',
  '/api/journeys?from=vitebsk&to=smolensk&date=2026-04-10&time=12:00&window=240',
  '/api/network',
  '/api/stops?q=%D0%B2',
];
