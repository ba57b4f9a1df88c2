import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../server/gtfs/memorySource.ts';
import { fcSeed } from '../util/fcSeed.ts';
import { checkTimetable } from './checkTimetable.ts';
import { minimalFeed } from './minimalFeed.ts';

const FILES = Object.keys(minimalFeed());

/** A file's text with a random slice replaced by random CSV-ish characters. */
const mangled = (text: string) =>
  fc
    .tuple(
      fc.nat(text.length),
      fc.nat(40),
      fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ':', 'x', '9', '-', ' ', '\uFEFF', 'é') }),
    )
    .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));

describe('loadFeed never throws on bad input', () => {
  it('gives a report, and a consistent Timetable of what is usable (strict: iff no errors), for randomly damaged feeds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...FILES)
          .chain((name) => mangled(minimalFeed()[name]).map((text) => ({ name, text }))),
        async ({ name, text }) => {
          const files = minimalFeed({ [name]: text });
          const { timetable, report } = await loadFeed(memorySource(files));
          expect(report.ok).toBe(report.errors.length === 0);
          expect(timetable === null).toBe(report.refused !== null);
          if (timetable) {
            expect(checkTimetable(timetable)).toEqual([]);
            expect(timetable.trips.count).toBeGreaterThan(0);
          }
          const strict = await loadFeed(memorySource(files), { strict: true });
          expect(strict.timetable === null).toBe(!strict.report.ok || strict.report.refused !== null);
          if (!strict.report.ok) expect(strict.report.refused).toMatch(/^strict/);
          expect(strict.report.errors).toEqual(report.errors);
          for (const issue of [...report.errors, ...report.warnings]) {
            expect(issue.file).toMatch(/\.txt$/);
            expect(issue.line).toBeGreaterThanOrEqual(0);
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.dropped === undefined).toBe(issue.severity === 'warning');
          }
        },
      ),
      { numRuns: 200, seed: fcSeed(13) },
    );
  });
});
