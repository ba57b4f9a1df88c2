/**
 * Preloaded (`node --import`) into a real server by the fault tests, never by production: the first
 * SIGUSR2 leaves a promise rejection unhandled, the second throws outside any request. main.ts must
 * log the first and keep serving, and drain and exit 1 on the second.
 */
let faults = 0;
process.on('SIGUSR2', () => {
  faults++;
  if (faults === 1) void Promise.reject(new Error('injected stray rejection'));
  else throw new Error('injected uncaught exception');
});
