import { type ChildProcess, spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../api/util/testApp.ts';
import { freePort } from '../e2e/startServer.ts';

/** True when something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      ok(true);
    });
    s.once('error', () => ok(false));
  });
}

const exitOf = (p: ChildProcess) =>
  new Promise<number | string>((ok) => p.once('exit', (code, sig) => ok(code ?? sig ?? -1)));

/**
 * `npm start` as an operator runs it: the compiled server (built first when dist/ is stale), and a
 * SIGTERM sent to the npm process itself stops the server and frees the port (no orphaned node).
 */
describe('npm start', () => {
  it('serves compiled JavaScript and stops on SIGTERM to the npm process, freeing the port', async () => {
    const port = await freePort();
    let out = '';
    const npm = spawn('npm', ['start', '--', '--feed', join(repoRoot, 'data/feeds/corridor-2026-plan')], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    npm.stdout?.on('data', (d) => {
      out += d;
    });
    npm.stderr?.on('data', (d) => {
      out += d;
    });
    const exited = exitOf(npm);
    try {
      const deadline = Date.now() + 120_000;
      let health: Response | undefined;
      while (Date.now() < deadline && npm.exitCode === null) {
        health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
        if (health?.ok) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(health?.status, out).toBe(200);
      // The one process the port belongs to runs dist/server (compiled), not tsx.
      expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
      npm.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 20_000))]);
      expect(code, out).not.toBe('timeout');
      expect(await listening(port), 'port still open after SIGTERM to npm').toBe(false);
      expect(out).toContain('shutting down');
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
    }
  }, 180_000);
});
