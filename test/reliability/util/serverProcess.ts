import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** A real Corridor server (`server/main.ts`) in a child process, on 127.0.0.1 and a free port. */
export interface ServerProcess {
  proc: ChildProcess;
  port: number;
  base: string;
  /** Parsed pino log lines so far (stdout). */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** Resident set size now, MiB (from /proc). */
  rssMiB(): number;
  /** SIGKILL if still running (test cleanup). */
  kill(): void;
}

/** A port free on 127.0.0.1 right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const addr = probe.address();
      probe.close(() => resolvePort(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/**
 * Starts `node --import tsx [nodeArgs] server/main.ts --host 127.0.0.1 --port <free> --feed ...` with
 * `env` added (RATE_LIMIT=0 unless given) and waits, at most `timeoutMs`, until it is listening.
 */
export async function startServer(
  feeds: string[],
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const args = [
    ...nodeArgs,
    '--import',
    'tsx',
    'server/main.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
  ];
  for (const f of feeds) args.push('--feed', f);
  const proc = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, RATE_LIMIT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  proc.stderr!.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | string>((r) => proc.once('exit', (code, sig) => r(code ?? sig ?? -1)));
  let buffered = '';
  proc.stdout!.on('data', (d) => {
    buffered += d;
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
  });
  let gone: number | string | undefined;
  exited.then((code) => {
    gone = code;
  });
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + timeoutMs; ; ) {
    if (gone !== undefined) throw new Error(`server exited ${gone} before listening: ${stderr}`);
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server not listening after ${timeoutMs} ms: ${stderr}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    proc,
    port,
    base,
    logs,
    exited,
    rssMiB: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
      return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
    },
    kill: () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    },
  };
}
