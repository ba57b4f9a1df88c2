import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../api/util/testApp.ts';
import { type HostileFeed, writeHostileFeeds } from './util/hostileFeeds.ts';

/**
 * Hostile feeds (generated here into a temp folder) are loaded by the project loader in a child
 * process with a 256 MB heap: each must end in a clear error, quickly, without the child dying.
 */
interface ProbeLine {
  path: string;
  ok: boolean;
  loaded: boolean;
  errors: { code: string; file: string; line: number; field: string }[];
  errorCount: number;
  longestMessage: number;
  reportBytes: number;
  ms: number;
  peakRssMiB: number;
  lenient: { loaded: boolean; refused: string | null; codes: string[]; ms: number };
}

let dir: string;
let feeds: HostileFeed[];
const results = new Map<string, ProbeLine>();
let peakRssMiB = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-hostile-'));
  feeds = writeHostileFeeds(dir);
  const probe = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=256',
      '--import',
      'tsx',
      join(repoRoot, 'test/integration/util/loadFeedReport.ts'),
      ...feeds.map((f) => f.path),
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 2 ** 20 },
  );
  if (probe.status !== 0) throw new Error(`probe exited ${probe.status} ${probe.signal}: ${probe.stderr}`);
  for (const line of probe.stdout.trim().split('\n')) {
    const r = JSON.parse(line) as ProbeLine;
    results.set(r.path, r);
    peakRssMiB = Math.max(peakRssMiB, r.peakRssMiB);
  }
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Hostile feeds whose damage is confined to an optional file or to some rows: served by default
 * without them (a bombed shapes.txt, stops with 10 MB coordinates, rows of 10^6 fields cut to
 * 10,000, a duplicated column). The others lose a file or every row they need and are refused.
 */
const LOADS_LENIENT = new Set(['zip-bomb-ratio', 'zip-bomb-lying-size', 'lines-10mb', 'million-columns']);

describe('hostile feeds end in a clear error within bounded memory and time', () => {
  it('the probe loaded every feed in a 256 MB heap, peak RSS under 400 MiB', () => {
    expect(results.size).toBe(feeds.length);
    expect(peakRssMiB).toBeLessThan(400);
  });

  it.each([
    'zip-bomb-ratio',
    'zip-bomb-lying-size',
    'declared-2gb-stop-times',
    'declared-600mib-stop-times',
    'declared-1.2gib-total',
    'dotdot-entries',
    'lines-10mb',
    'open-quote-10mb',
    'million-columns',
    'comma-flood-header',
    'million-duplicate-columns',
    'duplicate-header',
    'invalid-utf8',
    'million-missing-trips',
  ])('%s', (name) => {
    const feed = feeds.find((f) => f.name === name)!;
    const r = results.get(feed.path)!;
    expect(r.loaded).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(expect.arrayContaining(feed.expect));
    // A guard against a parser that blows up (minutes), not a speed target: generous for a busy machine.
    expect(r.ms).toBeLessThan(60_000);
    // Served by default, the same errors are found; the feed loads only where what is left runs.
    expect(r.lenient.codes).toEqual(r.errors.map((e) => e.code));
    expect(r.lenient.loaded).toBe(LOADS_LENIENT.has(name));
    expect(r.lenient.refused === null).toBe(r.lenient.loaded);
    expect(r.lenient.ms).toBeLessThan(60_000);
    // Issues are clipped and capped: a report stays small whatever the feed holds.
    expect(r.longestMessage).toBeLessThanOrEqual(300);
    expect(r.reportBytes).toBeLessThan(100_000);
  });

  it('names the file and the reason', () => {
    const first = (name: string) => results.get(feeds.find((f) => f.name === name)!.path)!.errors[0];
    expect(first('zip-bomb-ratio')).toMatchObject({ code: 'FileTooLargeError', file: 'shapes.txt' });
    expect(first('declared-600mib-stop-times')).toMatchObject({
      code: 'FileTooLargeError',
      file: 'stop_times.txt',
    });
    expect(first('dotdot-entries')).toMatchObject({ code: 'FileRequiredError', file: 'stops.txt' });
    expect(first('lines-10mb')).toMatchObject({ code: 'InvalidFieldError', file: 'stops.txt', line: 2 });
    expect(first('million-columns')).toMatchObject({ code: 'FileParseError', file: 'stops.txt', line: 1 });
    expect(first('invalid-utf8')).toMatchObject({ code: 'FileEncodingError', file: 'stops.txt' });
    expect(first('million-missing-trips')).toMatchObject({
      code: 'InvalidReferenceError',
      file: 'stop_times.txt',
      field: 'trip_id',
    });
  });
});
