// `npm run build`: the server (server/**/*.ts) to dist/server as ES modules, one .js per source file
// with its relative `.ts` imports rewritten to `.js` (esbuild, no bundling of packages), then the
// client (Vite) to dist/client. `--server` or `--client` builds one side. Plain JavaScript, so it
// needs no TypeScript runtime; build tools are dev dependencies (a pruned install runs dist/ as is).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const both = !args.has('--server') && !args.has('--client');

/** Every .ts file under `dir` (tests never live under server/). */
function sources(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Keeps relative imports as imports (each file is its own output) and points them at the .js. */
const rewriteRelative = {
  name: 'rewrite-relative-imports',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (a) => ({
      path: a.path.replace(/\.ts$/, '.js'),
      external: true,
    }));
  },
};

if (both || args.has('--server')) {
  const started = Date.now();
  const { build } = await import('esbuild');
  const out = join(root, 'dist', 'server');
  rmSync(out, { recursive: true, force: true });
  const entryPoints = sources(join(root, 'server'));
  await build({
    entryPoints,
    outdir: out,
    outbase: join(root, 'server'),
    bundle: true,
    packages: 'external',
    plugins: [rewriteRelative],
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    sourcemap: true,
    logLevel: 'warning',
  });
  console.log(`server: ${entryPoints.length} files to ${relative(root, out)} in ${Date.now() - started} ms`);
}
if (both || args.has('--client')) {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}
// The stamp scripts/start.mjs compares with the sources' times.
if (both) writeFileSync(join(root, 'dist', '.built'), `${new Date().toISOString()}\n`);
