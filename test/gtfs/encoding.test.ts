import { describe, expect, it } from 'vitest';
import type { FeedSource } from '../../server/gtfs/FeedSource.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../server/gtfs/memorySource.ts';
import { csv, loadMinimal, minimalFeed } from './minimalFeed.ts';

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
    expect(report).toEqual({ ok: true, errors: [], warnings: [], dropped: [], refused: null });
  });

  it('reports a quote that never closes and a UTF-16 file as file problems', async () => {
    const open = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon',
        'S1,One,52.0,13.0',
        'S2,"Two,52.1,13.1',
        'S3,Three,52.2,13.2',
      ),
    });
    expect(open.report.errors[0]).toMatchObject({ code: 'FileParseError', file: 'stops.txt', line: 3 });
    const feed = memorySource(minimalFeed());
    const utf16: FeedSource = {
      ...feed,
      readBytes: async (name) =>
        name === 'agency.txt'
          ? Buffer.from(`\uFEFF${minimalFeed()['agency.txt']}`, 'utf16le')
          : feed.readBytes(name),
    };
    const { report } = await loadFeed(utf16);
    expect(report.errors.slice(0, 2)).toMatchObject([
      { code: 'FileEncodingError', file: 'agency.txt', line: 0 },
      { code: 'FileRequiredError', file: 'agency.txt' },
    ]);
  });
});
