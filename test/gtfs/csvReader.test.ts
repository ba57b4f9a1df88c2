import { describe, expect, it } from 'vitest';
import { CsvReader, TIME_EMPTY, TIME_INVALID } from '../../server/gtfs/CsvReader.ts';

const reader = (text: string) => new CsvReader(Buffer.from(text, 'utf8'));

/** All rows as string arrays with their line numbers. */
function rows(text: string): [number, string[]][] {
  const r = reader(text);
  const out: [number, string[]][] = [];
  while (r.next()) out.push([r.line, Array.from({ length: r.fieldCount }, (_, c) => r.str(c))]);
  return out;
}

describe('CsvReader (RFC 4180 on bytes)', () => {
  it('skips a UTF-8 BOM before the header', () => {
    const r = reader('\uFEFFstop_id,stop_name\nA,Alpha\n');
    expect(r.header).toEqual(['stop_id', 'stop_name']);
    expect(r.column('stop_id')).toBe(0);
  });

  it('reads CRLF, LF and CR line ends alike and counts physical lines', () => {
    expect(rows('h1,h2\r\na,b\r\nc,d\re,f\ng,h')).toEqual([
      [2, ['a', 'b']],
      [3, ['c', 'd']],
      [4, ['e', 'f']],
      [5, ['g', 'h']],
    ]);
  });

  it('unquotes fields with commas, escaped quotes and line breaks, and counts the lines inside', () => {
    expect(rows('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row\n')).toEqual([
      [2, ['x, y', 'say "hi"']],
      [3, ['two\nlines', 'z']],
      [5, ['last', 'row']],
    ]);
  });

  it('skips blank lines but keeps their line numbers, trims spaces around unquoted values', () => {
    expect(rows('a,b\n\n  x , y\n\r\n" q ",r\n')).toEqual([
      [3, ['x', 'y']],
      [5, [' q ', 'r']],
    ]);
  });

  it('decodes UTF-8 (Cyrillic, accents) and gives absent columns as empty', () => {
    const r = reader('name,code\nОрша-Центральная,1\nSão Bento\n');
    r.next();
    expect(r.str(0)).toBe('Орша-Центральная');
    r.next();
    expect([r.str(0), r.str(1), r.isEmpty(1), r.str(r.column('nope'))]).toEqual(['São Bento', '', true, '']);
  });

  it('parses GTFS times past 24:00 and with one-digit hours, and refuses malformed ones', () => {
    const r = reader('t\n25:30:00\n7:05:09\n\n00:00:00\n24:60:00\n600\n1:2:3\nab:00:00\n');
    const got: number[] = [];
    while (r.next()) got.push(r.time(0));
    expect(got).toEqual([91800, 25509, 0, TIME_INVALID, TIME_INVALID, TIME_INVALID, TIME_INVALID]);
    expect(reader('t,u\n,x\n').next()).toBe(true);
    const e = reader('t,u\n,x\n');
    e.next();
    expect(e.time(0)).toBe(TIME_EMPTY);
  });

  it('parses integers and decimals, NaN for anything else', () => {
    const r = reader('a,b,c,d\n42,-7,3.5,x1\n');
    r.next();
    expect([r.int(0), r.int(1), r.int(2), r.num(2), r.num(3), r.int(9)]).toEqual([
      42,
      -7,
      Number.NaN,
      3.5,
      Number.NaN,
      Number.NaN,
    ]);
  });

  it('compares a field with an earlier row by bytes (trip_id cache)', () => {
    const r = reader('trip\nabc\nabc\nabd\n');
    r.next();
    const [s, e] = [r.startOf(0), r.endOf(0)];
    r.next();
    expect(r.sameAs(0, s, e)).toBe(true);
    r.next();
    expect(r.sameAs(0, s, e)).toBe(false);
  });

  it('flags a quote that never closes', () => {
    const r = reader('a\n"open\n');
    r.next();
    expect(r.unterminatedQuote).toBe(true);
  });
});
