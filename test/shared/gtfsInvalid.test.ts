import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../server/gtfs/memorySource.ts';
import type { ValidationIssue } from '../../server/gtfs/ValidationIssue.ts';
import { checkTimetable } from '../gtfs/checkTimetable.ts';
import { sharedPath } from '../util/sharedData.ts';

/**
 * transitland-lib's validator layers: a clean base feed and 62 overlays, each naming the error it must
 * produce (an `expect_error` column on the offending row, or an expect_errors.txt list).
 */
const root = sharedPath('gtfs-invalid');
const base = join(root, 'base');
const overlays = readdirSync(join(root, 'errors')).sort();
/** Per overlay, what loading it by default gave (filled by the per-overlay tests). */
const outcomes = new Map<string, string>();

/** One expected error: any of `codes`, in `file`, naming `field` and on `line` when given. */
interface Expected {
  codes: string[];
  file: string;
  field?: string;
  line?: number;
}

const readFolder = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

/** Expectations of an overlay, parsed independently of the loader (csv-parse, line by line). */
function expectationsOf(files: Record<string, string>): Expected[] {
  const out: Expected[] = [];
  for (const [file, text] of Object.entries(files)) {
    const lines = text.split(/\r?\n/);
    if (file === 'expect_errors.txt') {
      for (const row of parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[])
        out.push({ codes: [row.error], file: row.filename, field: row.field || undefined });
      continue;
    }
    const header = (parse(lines[0]) as string[][])[0];
    const col = header.indexOf('expect_error');
    if (col < 0) continue;
    lines.forEach((l, i) => {
      if (i === 0 || !l.trim()) return;
      const value = (parse(l, { relax_column_count: true }) as string[][])[0][col]?.trim();
      if (!value) return;
      const [code, field] = value.split(':');
      out.push({ codes: code.split('|'), file, field, line: i + 1 });
    });
  }
  return out;
}

const matches = (e: Expected) => (i: ValidationIssue) =>
  e.codes.includes(i.code) &&
  i.file === e.file &&
  (e.field === undefined || i.field === e.field) &&
  (e.line === undefined || i.line === e.line);

describe('gtfs-invalid (transitland-lib validator layers)', () => {
  it('finds 62 error overlays', () => {
    expect(overlays).toHaveLength(62);
  });

  it('loads base/ without errors', async () => {
    const { report, timetable } = await loadFeed(base);
    expect(report.errors).toEqual([]);
    expect(timetable?.trips.count).toBe(1);
  });

  it.each(overlays)('%s produces its named error(s)', async (name) => {
    const overlay = readFolder(join(root, 'errors', name));
    const expected = expectationsOf(overlay);
    expect(expected.length, 'the overlay names at least one error').toBeGreaterThan(0);
    const files = { ...readFolder(base), ...overlay };
    delete files['expect_errors.txt'];
    const { report, timetable } = await loadFeed(memorySource(files, name), { strict: true });
    expect(timetable).toBeNull();
    for (const e of expected)
      expect(
        report.errors.some(matches(e)),
        `${JSON.stringify(e)} in\n${JSON.stringify(report.errors, null, 1)}`,
      ).toBe(true);
    // Served by default: the same errors, each saying what it leaves out, and a consistent Timetable
    // of the rest unless nothing is left to run.
    const lenient = await loadFeed(memorySource(files, name));
    expect(lenient.report.errors).toEqual(report.errors);
    for (const e of lenient.report.errors) expect(e.dropped, JSON.stringify(e)).toBeDefined();
    if (lenient.timetable) expect(checkTimetable(lenient.timetable)).toEqual([]);
    else expect(lenient.report.refused).toMatch(/^no (agency|usable)/);
    outcomes.set(name, lenient.timetable ? 'served' : `refused: ${lenient.report.refused}`);
  });

  it('serves the overlays whose damage leaves a trip to run', () => {
    // Printed for the README's record; the assertion is only that both outcomes occur.
    const served = [...outcomes].filter(([, o]) => o === 'served').map(([n]) => n);
    console.log(`gtfs-invalid served by default: ${served.length}/${outcomes.size}: ${served.join(', ')}`);
    expect(served.length).toBeGreaterThan(0);
    expect(served.length).toBeLessThan(outcomes.size);
  });
});
