/**
 * Preloaded (`node --expose-gc --import`) into a real server by the soak, never by production: on
 * SIGUSR2 it runs a full GC and prints the process's memory as one JSON line, so a soak compares
 * live memory, not GC timing.
 */
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({ msg: 'memory', rss: m.rss, heapUsed: m.heapUsed, external: m.external })}\n`,
  );
});
