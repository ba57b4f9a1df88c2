import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

describe('file encoding: BOM, CRLF, quotes', () => {
  it('reads files with a BOM, CRLF line ends and quoted fields', async () => {
    const { timetable, report } = await loadMinimal({
      'stops.txt':
        '\uFEFFstop_id,stop_name,stop_lat,stop_lon\r\nS1,"One, Main ""Hbf""",52.0,13.0\r\nS2,Two,52.1,13.1\r\n"S3","Three",52.2,13.2\r\n',
    });
    expect(report.errors).toEqual([]);
    expect(timetable!.stops.name).toEqual(['One, Main "Hbf"', 'Two', 'Three']);
    expect(timetable!.stopIndex.get('S3')).toBe(2);
  });

  it('reports physical line numbers past a quoted line break', async () => {
    const { report } = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon',
        'S1,"Two',
        'lines",52.0,13.0',
        'S2,Two,52.1,13.1',
        'S3,Three,95,13.2',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'InvalidFieldError', file: 'stops.txt', line: 5, field: 'stop_lat' },
    ]);
  });

  it('ignores unknown columns and files silently', async () => {
    const { report } = await loadMinimal({
      'routes.txt': csv(
        'route_id,agency_id,route_short_name,route_long_name,route_type,expect_error,x_custom',
        'R,A,RE1,,2,,y',
      ),
      'notes.txt': csv('note_id,text', '1,hello'),
    });
    expect(report).toEqual({ ok: true, errors: [], warnings: [] });
  });
});
