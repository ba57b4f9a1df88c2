// `npm start`: serves the compiled server (dist/server/main.js) in this very process, so the signals
// an operator or supervisor sends to `npm start` (SIGTERM, SIGINT, SIGHUP) reach the server itself.
// Builds first (scripts/build.mjs, a child process) only when dist/ is missing or older than a source
// file; a pruned production install (`npm prune --omit=dev`, no build tools) serves dist/ as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.built');
const entry = join(root, 'dist', 'server', 'main.js');

/** Newest modification time (ms) of the files under `path` (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path, { recursive: true, withFileTypes: true }))
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  return t;
}

const inputs = ['server', 'client', 'vite.config.ts', 'package-lock.json', 'scripts/build.mjs'];
const built = existsSync(stamp) && existsSync(entry) ? statSync(stamp).mtimeMs : 0;
const stale = built === 0 || inputs.some((p) => newest(join(root, p)) > built);
if (stale) {
  const canBuild =
    existsSync(join(root, 'node_modules', 'esbuild')) && existsSync(join(root, 'node_modules', 'vite'));
  if (canBuild) {
    console.error(built === 0 ? 'dist/ missing: building' : 'sources newer than dist/: rebuilding');
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  } else if (existsSync(entry)) {
    console.error(
      'dist/ may be older than the sources, and the build tools are not installed: serving it as is',
    );
  } else {
    console.error(
      'dist/ is missing and the build tools are not installed: run `npm install && npm run build`',
    );
    process.exit(1);
  }
}
await import(pathToFileURL(entry).href);
