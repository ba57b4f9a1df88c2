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
  it('gives a report, and a consistent Timetable iff it has no errors, for randomly damaged feeds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...FILES)
          .chain((name) => mangled(minimalFeed()[name]).map((text) => ({ name, text }))),
        async ({ name, text }) => {
          const { timetable, report } = await loadFeed(memorySource(minimalFeed({ [name]: text })));
          expect(report.ok).toBe(report.errors.length === 0);
          expect(timetable === null).toBe(!report.ok);
          if (timetable) expect(checkTimetable(timetable)).toEqual([]);
          for (const issue of [...report.errors, ...report.warnings]) {
            expect(issue.file).toMatch(/\.txt$/);
            expect(issue.line).toBeGreaterThanOrEqual(0);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200, seed: fcSeed(13) },
    );
  });
});
