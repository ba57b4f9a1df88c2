/**
 * Child-process probe for the hostile-feed tests: loads each feed path given on the command line with
 * the project loader, strict (refused on any error) and as served by default (rows with errors left
 * out), and prints one JSON line per feed (error codes, first messages, wall time, peak RSS). Run
 * under `--max-old-space-size` so a loader that holds too much dies instead of passing.
 */
import { loadFeed } from '../../../server/gtfs/loadFeed.ts';

for (const path of process.argv.slice(2)) {
  const started = performance.now();
  const { timetable, report } = await loadFeed(path, { strict: true });
  const strictMs = Math.round(performance.now() - started);
  const lenient = await loadFeed(path);
  const issues = [...report.errors, ...report.warnings];
  const line = {
    path,
    ok: report.ok,
    loaded: timetable !== null,
    errors: report.errors
      .map((e) => ({ code: e.code, file: e.file, line: e.line, field: e.field }))
      .slice(0, 5),
    errorCount: report.errors.length,
    longestMessage: Math.max(0, ...issues.map((i) => i.message.length)),
    reportBytes: JSON.stringify(report).length,
    ms: strictMs,
    /** Served by default: loaded with the bad rows left out, or refused and why. */
    lenient: {
      loaded: lenient.timetable !== null,
      refused: lenient.report.refused,
      codes: lenient.report.errors.map((e) => e.code).slice(0, 5),
      ms: Math.round(performance.now() - started) - strictMs,
    },
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    /** Peak RSS of the whole probe so far (feeds are loaded in order). */
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
