import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../server/gtfs/CsvReader.ts';
import { fcSeed } from '../util/fcSeed.ts';

/** RFC 4180 serialization: quote fields holding a separator, quote, line break or edge spaces. */
const serialize = (rows: string[][], eol: string) =>
  rows
    .map((r) =>
      r.map((f) => (/[",\r\n]|^\s|\s$/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f)).join(','),
    )
    .join(eol) + eol;

const field = fc.string({
  unit: fc.constantFrom('a', 'б', ',', '"', '\n', '\r\n', ' ', '1', ':', 'é', '😀'),
});

describe('CsvReader agrees with csv-parse on RFC 4180 input', () => {
  it('reads back any table of strings, with LF or CRLF, with or without BOM', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((cols) =>
            fc.tuple(
              fc.array(fc.array(field, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 8 }),
              fc.constantFrom('\n', '\r\n'),
              fc.boolean(),
            ),
          ),
        ([rows, eol, bom]) => {
          const header = rows[0].map((_, i) => `c${i}`);
          const text = (bom ? '\uFEFF' : '') + serialize([header, ...rows], eol);
          const expected = (parse(text, { bom: true }) as string[][]).slice(1);
          const r = new CsvReader(Buffer.from(text, 'utf8'));
          const got: string[][] = [];
          while (r.next()) got.push(Array.from({ length: r.fieldCount }, (_, c) => r.str(c)));
          expect(r.header).toEqual(header);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: fcSeed(11) },
    );
  });
});
