import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

describe('parent stations and time zones', () => {
  it('links platforms to stations (CSR children) and inherits time zones', async () => {
    const { timetable, report } = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station,stop_timezone',
        'ST,Station,52.0,13.0,1,,Europe/Warsaw',
        'S1,Platform 1,52.0,13.0,0,ST,',
        'S2,Two,52.1,13.1,,,',
        'S3,Three,52.2,13.2,0,,Europe/Kiev',
        'E,Entrance,52.0,13.0,2,ST,',
      ),
    });
    expect(report.errors).toEqual([]);
    const tt = timetable!;
    const s = tt.stops;
    expect(Array.from(s.parent)).toEqual([-1, 0, -1, -1, 0]);
    expect(Array.from(s.locationType)).toEqual([1, 0, 0, 0, 2]);
    expect(Array.from(s.childIdx.subarray(s.childStart[0], s.childStart[1]))).toEqual([1, 4]);
    expect(s.childStart[5] - s.childStart[1]).toBe(0);
    const zone = (i: number) => tt.timezones[s.timezone[i]];
    // own, parent's, agency's, an alias Intl accepts, parent's
    expect([0, 1, 2, 3, 4].map(zone)).toEqual([
      'Europe/Warsaw',
      'Europe/Warsaw',
      'Europe/Berlin',
      'Europe/Kiev',
      'Europe/Warsaw',
    ]);
  });

  it('reports unknown parents, wrong parent types, stations with parents and missing parents', async () => {
    const { report } = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station',
        'S1,One,52.0,13.0,0,NOPE',
        'S2,Two,52.1,13.1,0,S1',
        'S3,Three,52.2,13.2,1,S1',
        'E,Entrance,52.0,13.0,2,',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'InvalidReferenceError', line: 2, field: 'parent_station' },
      { code: 'InvalidReferenceError', line: 3, field: 'parent_station' },
      { code: 'InvalidParentStationError', line: 4, field: 'parent_station' },
      { code: 'ConditionallyRequiredFieldError', line: 5, field: 'parent_station' },
      { code: 'InvalidReferenceError', file: 'stop_times.txt', line: 4, field: 'stop_id' }, // S3 is a station
    ]);
  });

  it('reports unknown time zones and bad coordinates', async () => {
    const { report } = await loadMinimal({
      'agency.txt': csv(
        'agency_id,agency_name,agency_url,agency_timezone',
        'A,Rail,https://example.org,Mars/Olympus',
      ),
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,stop_timezone',
        'S1,One,52.0,13.0,Nowhere/Nowhere',
        'S2,Two,52.1,190,',
        'S3,Three,,13.2,',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'InvalidTimezoneError', file: 'agency.txt', line: 2, field: 'agency_timezone' },
      { code: 'InvalidTimezoneError', file: 'stops.txt', line: 2, field: 'stop_timezone' },
      { code: 'InvalidFieldError', file: 'stops.txt', line: 3, field: 'stop_lon' },
      { code: 'ConditionallyRequiredFieldError', file: 'stops.txt', line: 4, field: 'stop_lat' },
    ]);
  });

  it('warns (only) when agencies have different time zones', async () => {
    const { timetable, report } = await loadMinimal({
      'agency.txt': csv(
        'agency_id,agency_name,agency_url,agency_timezone',
        'A,Belarusian Railway,https://rw.by,Europe/Minsk',
        'B,RZD,https://rzd.ru,Europe/Moscow',
      ),
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toMatchObject([
      { code: 'InconsistentTimezoneError', file: 'agency.txt', line: 3 },
    ]);
    expect(timetable!.agencies.map((a) => a.timezone)).toEqual(['Europe/Minsk', 'Europe/Moscow']);
  });
});
