import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the client (`vite build` into dist/client) once per test file, as `npm start` does. */
export function buildClient(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync(
    process.execPath,
    [resolve(import.meta.dirname, '../../node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: 'inherit',
    },
  );
}
