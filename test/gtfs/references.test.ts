import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

describe('validation errors', () => {
  it('a missing required file is a FileRequiredError and no Timetable', async () => {
    const { timetable, report } = await loadMinimal({ 'routes.txt': null });
    expect(timetable).toBeNull();
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toMatchObject({
      code: 'FileRequiredError',
      file: 'routes.txt',
      line: 0,
      field: '',
    });
  });

  it('a missing required column names the column', async () => {
    const { report } = await loadMinimal({ 'trips.txt': csv('route_id,trip_id', 'R,T1') });
    expect(report.errors.slice(0, 2)).toMatchObject([
      { code: 'MissingRequiredFieldError', file: 'trips.txt', line: 1, field: 'service_id' },
      { code: 'FileRequiredError', file: 'trips.txt' },
    ]);
  });

  it('a repeated column is a FileDuplicateFieldError', async () => {
    const { report } = await loadMinimal({
      'routes.txt': csv('route_id,agency_id,route_short_name,route_type,route_type', 'R,A,RE1,2,2'),
    });
    expect(report.errors).toMatchObject([
      { code: 'FileDuplicateFieldError', file: 'routes.txt', line: 1, field: 'route_type' },
    ]);
  });

  it('duplicate ids are DuplicateIDError on the repeated row', async () => {
    const { report } = await loadMinimal({
      'routes.txt': csv('route_id,agency_id,route_short_name,route_type', 'R,A,RE1,2', 'R,A,RE2,2'),
    });
    expect(report.errors).toMatchObject([
      { code: 'DuplicateIDError', file: 'routes.txt', line: 3, field: 'route_id', entityId: 'R' },
    ]);
  });

  const dangling = {
    'trips.txt': csv('route_id,service_id,trip_id,shape_id', 'R,WK,T1,', 'X,WK,T2,', 'R,NOPE,T3,'),
    'stop_times.txt': csv(
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
      'T1,08:00:00,08:00:00,S1,1',
      'T1,08:10:00,08:11:00,NOWHERE,2',
      'T1,08:30:00,08:30:00,S3,3',
      'GHOST,08:30:00,08:30:00,S3,3',
      'T2,08:30:00,08:30:00,S3,1',
    ),
  };

  it('dangling references are InvalidReferenceError naming the field, and leave their rows out', async () => {
    const { report, timetable } = await loadMinimal(dangling);
    expect(report.errors.map((e) => [e.code, e.file, e.line, e.field, e.dropped])).toEqual([
      ['InvalidReferenceError', 'trips.txt', 3, 'route_id', 'row'],
      ['InvalidReferenceError', 'trips.txt', 4, 'service_id', 'row'],
      ['InvalidReferenceError', 'stop_times.txt', 3, 'stop_id', 'row'],
      ['InvalidReferenceError', 'stop_times.txt', 5, 'trip_id', 'row'],
    ]);
    // T2 and T3 are left out with their stop times; T1 runs without the stop that does not exist.
    expect(report.refused).toBeNull();
    expect(report.dropped).toEqual([
      { file: 'stop_times.txt', code: 'InvalidReferenceError', rows: 2 },
      { file: 'stop_times.txt', code: 'DroppedReference', rows: 1 },
      { file: 'trips.txt', code: 'InvalidReferenceError', rows: 2 },
    ]);
    expect(timetable!.trips.id).toEqual(['T1']);
    expect(Array.from(timetable!.trips.stStop, (s) => timetable!.stops.id[s])).toEqual(['S1', 'S3']);
  });

  it('with strict, any error refuses the feed', async () => {
    const { report, timetable } = await loadMinimal(dangling, { strict: true });
    expect(timetable).toBeNull();
    expect(report.refused).toBe('strict: the feed has 4 error(s)');
    expect(report.errors).toHaveLength(4);
  });

  it('a trip with one stop time is an EmptyTripError', async () => {
    const { report } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,08:00:00,08:00:00,S1,1',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'EmptyTripError', file: 'trips.txt', line: 2, entityId: 'T1' },
    ]);
  });

  it('agency_id is required in routes when there are several agencies', async () => {
    const { report } = await loadMinimal({
      'agency.txt': csv(
        'agency_id,agency_name,agency_url,agency_timezone',
        'A,One,https://a.example,Europe/Berlin',
        'B,Two,https://b.example,Europe/Berlin',
      ),
      'routes.txt': csv('route_id,agency_id,route_short_name,route_type', 'R,,RE1,2'),
    });
    expect(report.errors).toMatchObject([
      { code: 'ConditionallyRequiredFieldError', file: 'routes.txt', line: 2, field: 'agency_id' },
    ]);
  });

  it('bad enums and colours are InvalidFieldError', async () => {
    const { report } = await loadMinimal({
      'routes.txt': csv('route_id,agency_id,route_short_name,route_type,route_color', 'R,A,RE1,99,red'),
    });
    expect(report.errors).toMatchObject([
      { code: 'InvalidFieldError', field: 'route_type' },
      { code: 'InvalidFieldError', field: 'route_color' },
    ]);
  });

  it('transfers: references, stop-to-stop rows and trip-specific rows', async () => {
    const { timetable, report } = await loadMinimal({
      'transfers.txt': csv(
        'from_stop_id,to_stop_id,from_route_id,to_route_id,from_trip_id,to_trip_id,transfer_type,min_transfer_time',
        'S1,S2,,,,,2,300',
        'S2,S2,,,T1,T1,1,',
      ),
    });
    expect(report.errors).toEqual([]);
    const tr = timetable!.transfers;
    expect([tr.count, tr.fromStop[0], tr.toStop[0], tr.type[0], tr.minTime[0]]).toEqual([1, 0, 1, 2, 300]);
    expect(tr.special).toEqual([
      { fromStop: 1, toStop: 1, fromRoute: -1, toRoute: -1, fromTrip: 0, toTrip: 0, type: 1, minTime: -1 },
    ]);
    const bad = await loadMinimal({
      'transfers.txt': csv('from_stop_id,to_stop_id,transfer_type', 'S1,XX,2'),
    });
    expect(bad.report.errors).toMatchObject([
      { code: 'InvalidReferenceError', file: 'transfers.txt', line: 2, field: 'to_stop_id' },
    ]);
  });

  it('a route without trips is only a warning', async () => {
    const { report } = await loadMinimal({
      'routes.txt': csv('route_id,agency_id,route_short_name,route_type', 'R,A,RE1,2', 'IDLE,A,RE9,2'),
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toMatchObject([{ code: 'UnusedRouteWarning', file: 'routes.txt', line: 3 }]);
  });
});
