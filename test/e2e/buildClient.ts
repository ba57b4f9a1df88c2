import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Newest modification time (ms) of any file under `dir`, 0 when it does not exist. */
function newest(dir: string): number {
  let max = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const p = join(dir, name);
    const st = statSync(p);
    max = Math.max(max, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return max;
}

/**
 * Builds the client (`vite build` into dist/client, as `npm start` does) unless the build is newer
 * than every file in client/ and vite.config.ts: one build per run, not one per test file.
 * E2E_SKIP_BUILD=1 skips it; E2E_FORCE_BUILD=1 always builds.
 */
export function buildClient(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const built = (() => {
    try {
      return statSync(join(root, 'dist/client/index.html')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(newest(join(root, 'client')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  if (process.env.E2E_FORCE_BUILD !== '1' && built > sources) return;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
