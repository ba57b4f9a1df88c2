import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORRIDOR_PATHS, runLoad } from '../test/reliability/util/loadDriver.ts';
import { startServer } from '../test/reliability/util/serverProcess.ts';

/** One memory reading of the server during a soak, after a full GC (MiB). */
export interface SoakPoint {
  requests: number;
  rssMiB: number;
  heapMiB: number;
}

/** What a soak measured: RSS after warm-up and at each checkpoint, throughput, failures. */
export interface SoakReport {
  warmup: number;
  requests: number;
  points: SoakPoint[];
  perSecond: number;
  p99: number;
  failed: number;
  /** RSS at the end minus RSS after warm-up, both after a full GC (MiB). */
  growthMiB: number;
  /** JS heap in use at the end minus after warm-up, both after a full GC (MiB). */
  heapGrowthMiB: number;
}

/**
 * Runs the real server (127.0.0.1, a temp copy of corridor-2026-plan, rate limit off) and sends it
 * `warmup` requests, then `requests` more in `checkpoints` slices of the corridor mix. After each
 * slice the server (started with --expose-gc and test/reliability/util/memoryProbe.mjs) runs a full GC
 * and reports its RSS and JS heap. The server is killed at the end, whatever happens.
 */
export async function soak(requests = 100_000, warmup = 5_000, checkpoints = 10): Promise<SoakReport> {
  const repoRoot = resolve(import.meta.dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'corridor-soak-'));
  const feed = join(dir, 'corridor-2026-plan');
  cpSync(join(repoRoot, 'data/feeds/corridor-2026-plan'), feed, { recursive: true });
  const server = await startServer([feed], { LOG_LEVEL: 'warn', CORRIDOR_DATA_DIR: join(dir, 'data') }, [
    '--expose-gc',
    '--import',
    join(repoRoot, 'test/reliability/util/memoryProbe.mjs'),
  ]);
  const MiB = 2 ** 20;
  const measure = async (requests: number): Promise<SoakPoint> => {
    const seen = server.logs.length;
    server.proc.kill('SIGUSR2');
    for (let i = 0; i < 100; i++) {
      const m = server.logs.slice(seen).find((l) => l.msg === 'memory');
      if (m)
        return {
          requests,
          rssMiB: Math.round(Number(m.rss) / MiB),
          heapMiB: Math.round((Number(m.heapUsed) / MiB) * 10) / 10,
        };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the server did not report its memory');
  };
  try {
    const slice = (n: number) =>
      runLoad({
        base: server.base,
        paths: CORRIDOR_PATHS,
        concurrency: 16,
        maxRequests: n,
        maxMillis: 600_000,
      });
    const failedOf = (r: Awaited<ReturnType<typeof slice>>) =>
      r.sent - (r.statuses[200] ?? 0) + Object.values(r.errors).reduce((a, b) => a + b, 0) + r.truncated;
    let failed = failedOf(await slice(warmup));
    const points: SoakPoint[] = [await measure(0)];
    let done = 0;
    let millis = 0;
    let p99 = 0;
    for (let i = 0; i < checkpoints; i++) {
      const r = await slice(Math.ceil(requests / checkpoints));
      done += r.sent;
      millis += r.millis;
      p99 = Math.max(p99, r.p99);
      failed += failedOf(r);
      points.push(await measure(done));
    }
    return {
      warmup,
      requests: done,
      points,
      perSecond: Math.round((done / millis) * 1000),
      p99,
      failed,
      growthMiB: points.at(-1)!.rssMiB - points[0].rssMiB,
      heapGrowthMiB: Math.round((points.at(-1)!.heapMiB - points[0].heapMiB) * 10) / 10,
    };
  } finally {
    server.kill();
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx scripts/soak.ts [--requests N]`: prints the RSS table as Markdown.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '100000' } } });
  const report = await soak(Number(values.requests));
  console.log('| requests after warm-up | RSS after GC (MiB) | JS heap after GC (MiB) |\n|---|---|---|');
  for (const p of report.points) console.log(`| ${p.requests} | ${p.rssMiB} | ${p.heapMiB} |`);
  console.log(
    `\n${report.requests} requests (+${report.warmup} warm-up), ${report.perSecond}/s, worst slice p99 ${report.p99} ms, failed ${report.failed}, RSS growth ${report.growthMiB} MiB, heap growth ${report.heapGrowthMiB} MiB`,
  );
  process.exitCode = report.failed === 0 ? 0 : 1;
}
