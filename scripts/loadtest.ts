import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { feedId } from '../server/feeds/feedId.ts';
import { serviceRange } from '../server/feeds/serviceRange.ts';
import { loadFeed } from '../server/gtfs/loadFeed.ts';
import { mulberry32 } from './bench/mulberry32.ts';

/**
 * `npm run loadtest [-- --feed <zip|folder> ...] [--duration S] [--connections N] [--requests N]
 * [--cpu-prof DIR] [--workers 0,2 --rounds 3]`: starts the real server (server/main.ts) on 127.0.0.1 with RATE_LIMIT=0 on a free
 * port (default: the shipped corridor feeds), warms it up, then runs autocannon from this process for a
 * bounded time against a fixed seeded list of /api/journeys requests (varied feed, from, to, date,
 * time; no If-None-Match, so every request is planned) and prints req/s, latency p50/p99 and errors.
 * The server is stopped at the end (SIGINT: it finishes requests and exits, writing its CPU profile).
 * `--workers 0,2`: one server per WORKERS value, all started at once and loaded in turn, `--rounds`
 * times (default 3), so that each is measured beside the others under the same machine load; prints
 * every round and the median per server.
 */
const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    feed: { type: 'string', multiple: true },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    requests: { type: 'string', default: '500' },
    seed: { type: 'string', default: '7' },
    'cpu-prof': { type: 'string' },
    workers: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const feeds =
  values.feed?.map((f) => resolve(f)) ??
  readdirSync(join(repoRoot, 'data/feeds'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(repoRoot, 'data/feeds', d.name))
    .sort();
const duration = Math.min(120, Number(values.duration));
const connections = Math.min(256, Number(values.connections));

// A fixed request list: random station pairs of every feed on random service dates, 06:00-20:00.
const rnd = mulberry32(Number(values.seed));
const paths: string[] = [];
for (const path of feeds) {
  const { timetable } = await loadFeed(path);
  if (!timetable) throw new Error(`${path} has errors`);
  const st = timetable.stops;
  const stations: string[] = [];
  for (let s = 0; s < st.count; s++)
    if ((st.locationType[s] === 0 || st.locationType[s] === 1) && st.parent[s] < 0) stations.push(st.id[s]);
  const range = serviceRange(timetable);
  const first = Date.parse(`${range.from}T00:00:00Z`);
  const days = Math.max(1, Math.round((Date.parse(`${range.to}T00:00:00Z`) - first) / 86_400_000));
  const n = Math.ceil(Number(values.requests) / feeds.length);
  for (let i = 0; i < n; i++) {
    const from = stations[Math.floor(rnd() * stations.length)];
    let to = stations[Math.floor(rnd() * stations.length)];
    if (to === from) to = stations[(stations.indexOf(from) + 1) % stations.length];
    const date = new Date(first + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
    const minutes = 360 + Math.floor(rnd() * 840);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const q = new URLSearchParams({ feed: feedId(path), from, to, date, time });
    paths.push(`/api/journeys?${q}`);
  }
}

const header = () => {
  console.log(
    `# npm run loadtest (${new Date().toISOString()}, node ${process.version}, ${feeds.map((f) => f.split('/').pop()).join(', ')})\n`,
  );
};
const requests = paths.map((path) => ({ method: 'GET' as const, path }));
if (values.workers === undefined) {
  const port = await freePort();
  const server = await startServer(port);
  try {
    const url = `http://127.0.0.1:${port}`;
    await run(url, requests, 3, connections); // warm-up (JIT, day clocks, lazily built caches)
    const r = await run(url, requests, duration, connections);
    header();
    console.log(
      '| requests | connections | duration s | req/s (mean) | latency p50 ms | p99 ms | max ms | errors | timeouts | non-2xx |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    console.log(
      `| ${r.requests.total} | ${connections} | ${duration} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`,
    );
  } finally {
    await stop(server);
  }
} else {
  // Side by side: every server up at once, loaded in turn, round after round.
  const counts = values.workers.split(',').map((w) => String(Number(w)));
  const servers: { workers: string; url: string; child: ChildProcess }[] = [];
  try {
    for (const workers of counts) {
      const port = await freePort();
      servers.push({
        workers,
        url: `http://127.0.0.1:${port}`,
        child: await startServer(port, { WORKERS: workers }),
      });
    }
    for (const s of servers) await run(s.url, requests, 3, connections);
    const rows: Record<string, { rps: number; p99: number; errors: number }[]> = Object.fromEntries(
      counts.map((w) => [w, []]),
    );
    header();
    console.log('| round | WORKERS | req/s (mean) | p50 ms | p99 ms | max ms | errors + non-2xx |');
    console.log('|---|---|---|---|---|---|---|');
    for (let round = 1; round <= Number(values.rounds); round++) {
      for (const s of servers) {
        const r = await run(s.url, requests, duration, connections);
        rows[s.workers].push({
          rps: r.requests.average,
          p99: r.latency.p99,
          errors: r.errors + r.non2xx,
        });
        console.log(
          `| ${round} | ${s.workers} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.errors + r.non2xx} |`,
        );
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    console.log('\n| WORKERS | median req/s | median p99 ms | errors |');
    console.log('|---|---|---|---|');
    for (const w of counts)
      console.log(
        `| ${w} | ${median(rows[w].map((r) => r.rps)).toFixed(0)} | ${median(rows[w].map((r) => r.p99))} | ${rows[w].reduce((n, r) => n + r.errors, 0)} |`,
      );
  } finally {
    for (const s of servers) await stop(s.child);
  }
}

function run(url: string, requests: { method: 'GET'; path: string }[], seconds: number, conns: number) {
  return autocannon({ url, connections: conns, duration: seconds, requests, timeout: 10 });
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const p = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => ok(p));
    });
  });
}

/**
 * The real server in a child process, its log (one line per request at info, as deployed) going to a
 * file as a service manager would write it; resolves once /api/health answers. Times out after 120 s.
 */
async function startServer(p: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const args = ['--import', 'tsx'];
  if (values['cpu-prof']) args.push('--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`);
  args.push('server/main.ts', ...feeds.flatMap((f) => ['--feed', f]));
  const logFile = join(tmpdir(), `corridor-loadtest-${process.pid}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, RATE_LIMIT: '0', HOST: '127.0.0.1', PORT: String(p), ...env },
    stdio: ['ignore', log, 'inherit'],
  });
  closeSync(log);
  console.error(`server log: ${logFile}`);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${p}/api/ready`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start within 120 s');
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null) return ok();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      ok();
    });
    child.kill('SIGINT');
  });
}
