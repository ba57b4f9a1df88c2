import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridor2026, repoRoot } from '../api/util/testApp.ts';
import { CORRIDOR_PATHS, type LoadResult, runLoad } from '../reliability/util/loadDriver.ts';
import { type ServerProcess, startServer } from '../reliability/util/serverProcess.ts';

/**
 * Three replicas of the real server on loopback behind Debian's HAProxy, run with the shipped
 * deploy/haproxy/haproxy.cfg (only its `bind` and `server-template` lines swapped for loopback
 * ports). Under a bounded load through HAProxy: a rolling reload of a changed feed (one replica after
 * the other, all reading one feed folder, as replicas share a volume) and then SIGKILL of one
 * replica lose no request. Needs `haproxy` on the PATH (.ci/run installs it): fails without it.
 */
const token = 'replicas-admin-token-0123456789';
let dir: string;
let feedDir: string;
let replicas: ServerProcess[] = [];
let haproxy: ChildProcess | undefined;
let lb: string;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

beforeAll(async () => {
  // Loud, not skipped: the test is the point of the deployment files.
  execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'corridor-replicas-'));
  feedDir = join(dir, 'feeds', 'corridor-2026-plan');
  cpSync(corridor2026, feedDir, { recursive: true });
  replicas = await Promise.all(
    [0, 1, 2].map((i) =>
      startServer(
        [feedDir],
        {
          ADMIN_TOKEN: token,
          WORKERS: '1',
          TRUST_PROXY: '1',
          LOG_LEVEL: 'warn',
          CORRIDOR_DATA_DIR: join(dir, `data${i}`),
        },
        [],
        120_000,
      ),
    ),
  );
  const port = await freePort();
  const shipped = readFileSync(join(repoRoot, 'deploy/haproxy/haproxy.cfg'), 'utf8');
  const cfg = shipped
    .replace(/^\s*bind :8080$/m, `    bind 127.0.0.1:${port}`)
    .replace(
      /^\s*server-template .*$/m,
      replicas.map((r, i) => `    server r${i} 127.0.0.1:${r.port} check`).join('\n'),
    );
  expect(cfg).not.toBe(shipped);
  const cfgFile = join(dir, 'haproxy.cfg');
  writeFileSync(cfgFile, cfg);
  haproxy = spawn('haproxy', ['-db', '-f', cfgFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  lb = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${lb}/api/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1500)); // every replica checked UP twice
}, 240_000);

afterAll(() => {
  haproxy?.kill('SIGKILL');
  for (const r of replicas) r.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const summary = (r: LoadResult) =>
  `${r.sent} requests, ${r.perSecond}/s, p99 ${r.p99} ms, statuses ${JSON.stringify(r.statuses)}, errors ${JSON.stringify(r.errors)}, truncated ${r.truncated}`;
const load = () =>
  runLoad({
    base: lb,
    paths: CORRIDOR_PATHS,
    concurrency: 8,
    maxRequests: 20_000,
    maxMillis: 8_000,
    timeoutMs: 20_000,
  });
const loadedAtOf = async (r: ServerProcess) =>
  (
    (await (await fetch(`${r.base}/api/feeds`)).json()) as {
      feeds: { id: string; version?: string; loadedAt: string }[];
    }
  ).feeds[0].loadedAt;
const expectNoLoss = (r: LoadResult) => {
  expect(r.errors, summary(r)).toEqual({});
  expect(r.truncated, summary(r)).toBe(0);
  expect(Object.keys(r.statuses), summary(r)).toEqual(['200']);
  expect(r.sent, summary(r)).toBeGreaterThan(100);
};

describe('three replicas behind HAProxy', () => {
  it('a rolling reload of a changed feed loses no request, and every replica serves the new feed', async () => {
    const before = await Promise.all(replicas.map(loadedAtOf));
    const running = load();
    await new Promise((r) => setTimeout(r, 1000));
    const trips = join(feedDir, 'trips.txt');
    writeFileSync(trips, readFileSync(trips, 'utf8').replace(',Витебск,', ',Витебск-Пассажирский,'));
    for (const r of replicas) {
      const res = await fetch(`${r.base}/api/admin/reload`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { feeds: { status: string }[] }).feeds[0].status).toBe('reloaded');
    }
    const result = await running;
    console.log(`rolling reload: ${summary(result)}`);
    expectNoLoss(result);
    const after = await Promise.all(replicas.map(loadedAtOf));
    for (let i = 0; i < after.length; i++) expect(after[i]).not.toBe(before[i]);
    const trip = await fetch(`${lb}/api/trips/t2026_orsha_vitebsk_0930?date=2026-04-10`);
    expect(trip.status).toBe(200);
  });

  it('killing one replica under load loses no request', async () => {
    const running = load();
    await new Promise((r) => setTimeout(r, 1500));
    replicas[0].proc.kill('SIGKILL');
    await replicas[0].exited;
    const result = await running;
    console.log(`one replica killed: ${summary(result)}`);
    expectNoLoss(result);
  });
});
