/**
 * The script a worker thread runs, next to the module that starts it (pass its `import.meta.url`):
 * `<name>.js` when that module is compiled (dist/server, `npm start`: no TypeScript runtime), else the
 * `<name>.boot.mjs` beside the TypeScript source, which registers tsx's loader in the thread and
 * imports `<name>.ts` (tests and `npm run dev` run the sources).
 */
export function workerScript(callerUrl: string, name: string): URL {
  return new URL(callerUrl.endsWith('.js') ? `./${name}.js` : `./${name}.boot.mjs`, callerUrl);
}
