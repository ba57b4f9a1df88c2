import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { checkTimetable } from './checkTimetable.ts';
import { csv, loadMinimal } from './minimalFeed.ts';

/**
 * Errors confined to rows: the rows (and what depends on them) are left out, the rest is served,
 * and the report says what went and why. One scenario per test, on tiny feeds.
 */
const DANGLING = join(import.meta.dirname, '../fixtures/gtfs/dangling-stop-times');

const callsOf = (tt: NonNullable<Awaited<ReturnType<typeof loadFeed>>['timetable']>, trip: string) => {
  const t = tt.tripIndex.get(trip)!;
  return Array.from(
    tt.trips.stStop.subarray(tt.trips.stStart[t], tt.trips.stStart[t + 1]),
    (s) => tt.stops.id[s],
  );
};

describe('stop_times rows naming missing stops (as in a New Jersey Transit rail feed)', () => {
  it('runs each trip without the calls it cannot make, and leaves out a trip left with one call', async () => {
    const { timetable, report } = await loadFeed(DANGLING);
    expect(report.refused).toBeNull();
    expect(report.ok).toBe(false);
    const tt = timetable!;
    expect(checkTimetable(tt)).toEqual([]);
    expect(tt.trips.id).toEqual(['3801', '3803', '3805']);
    expect(callsOf(tt, '3801')).toEqual(['NY', 'SEC', 'NWK', 'TRE']);
    expect(callsOf(tt, '3803')).toEqual(['NY', 'SEC', 'NWK', 'NWKA', 'TRE']);
    expect(report.errors.map((e) => [e.code, e.file, e.line, e.field, e.entityId, e.dropped])).toEqual([
      ['InvalidReferenceError', 'stop_times.txt', 5, 'stop_id', 'EWR1', 'row'],
      ['InvalidReferenceError', 'stop_times.txt', 11, 'stop_id', 'MET', 'row'],
      ['InvalidReferenceError', 'stop_times.txt', 17, 'stop_id', 'MET', 'row'],
      ['InvalidReferenceError', 'stop_times.txt', 18, 'stop_id', 'EWR1', 'row'],
      ['EmptyTripError', 'trips.txt', 5, 'trip_id', '3807', 'trip'],
    ]);
    expect(report.dropped).toEqual([
      { file: 'stop_times.txt', code: 'InvalidReferenceError', rows: 4 },
      { file: 'stop_times.txt', code: 'DroppedReference', rows: 1 },
      { file: 'trips.txt', code: 'EmptyTripError', rows: 1 },
    ]);
  });

  it('is refused as a whole with strict', async () => {
    const { timetable, report } = await loadFeed(DANGLING, { strict: true });
    expect(timetable).toBeNull();
    expect(report.refused).toBe('strict: the feed has 5 error(s)');
  });
});

describe('stops that cannot be used', () => {
  it('an unused boarding area without parent_station is left out; the feed is served', async () => {
    const { timetable, report } = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station',
        'S1,One,52.0,13.0,0,',
        'S2,Two,52.1,13.1,0,',
        'S3,Three,52.2,13.2,0,',
        'BA,Boarding area,52.2,13.2,4,',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'ConditionallyRequiredFieldError', line: 5, field: 'parent_station', dropped: 'row' },
    ]);
    expect(timetable!.stops.id).toEqual(['S1', 'S2', 'S3']);
  });

  it('a stop with a bad coordinate goes with its calls; an entrance of a dropped station goes too', async () => {
    const { timetable, report } = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station',
        'S1,One,52.0,13.0,0,',
        'S2,Two,152.1,13.1,0,',
        'S3,Three,52.2,13.2,0,ST',
        'ST,Station,52.2,200,1,',
        'E,Entrance,52.2,13.2,2,ST',
      ),
    });
    expect(report.errors.map((e) => [e.code, e.line, e.field, e.dropped])).toEqual([
      ['InvalidFieldError', 3, 'stop_lat', 'row'],
      ['InvalidFieldError', 5, 'stop_lon', 'row'],
    ]);
    const tt = timetable!;
    // S3 loses its parent (it stands alone), the entrance has nothing to enter.
    expect(tt.stops.id).toEqual(['S1', 'S3']);
    expect(Array.from(tt.stops.parent)).toEqual([-1, -1]);
    expect(callsOf(tt, 'T1')).toEqual(['S1', 'S3']);
    expect(report.dropped).toEqual([
      { file: 'stop_times.txt', code: 'DroppedReference', rows: 1 },
      { file: 'stops.txt', code: 'InvalidFieldError', rows: 2 },
      { file: 'stops.txt', code: 'DroppedReference', rows: 1 },
    ]);
  });
});

describe('what is refused', () => {
  it('a feed whose only agency has no valid time zone', async () => {
    const { timetable, report } = await loadMinimal({
      'agency.txt': csv(
        'agency_id,agency_name,agency_url,agency_timezone',
        'A,Rail,https://e.org,Mars/Olympus',
      ),
    });
    expect(timetable).toBeNull();
    expect(report.refused).toBe('no agency with a valid time zone');
    expect(report.errors).toMatchObject([{ code: 'InvalidTimezoneError', dropped: 'row' }]);
    // Its route and trip went with it, silently: the agency's error explains them.
    expect(report.dropped).toContainEqual({ file: 'routes.txt', code: 'DroppedReference', rows: 1 });
  });

  it('a feed whose every trip is left out', async () => {
    const { timetable, report } = await loadMinimal({
      'calendar.txt': csv(
        'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
        'WK,1,1,1,1,1,0,0,20240101,2024-01-31',
      ),
      'calendar_dates.txt': csv('service_id,date,exception_type', 'WK,20240106,1'),
    });
    expect(timetable).toBeNull();
    expect(report.refused).toBe('no usable trips');
    expect(report.dropped).toEqual([
      { file: 'calendar.txt', code: 'InvalidFieldError', rows: 1 },
      { file: 'calendar_dates.txt', code: 'DroppedReference', rows: 1 },
      { file: 'stop_times.txt', code: 'DroppedReference', rows: 3 },
      { file: 'trips.txt', code: 'DroppedReference', rows: 1 },
    ]);
  });
});

describe('values that are only ignored', () => {
  it('a trip naming a missing shape runs without one; a broken shape is left out whole', async () => {
    const { timetable, report } = await loadMinimal({
      'trips.txt': csv('route_id,service_id,trip_id,shape_id', 'R,WK,T1,NOPE', 'R,WK,T2,SH'),
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,08:00:00,08:00:00,S1,1',
        'T1,08:30:00,08:30:00,S3,2',
        'T2,09:00:00,09:00:00,S1,1',
        'T2,09:30:00,09:30:00,S3,2',
      ),
      'shapes.txt': csv(
        'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence',
        'SH,52.0,13.0,1',
        'SH,52.2,13.2,1',
      ),
    });
    expect(report.errors.map((e) => [e.code, e.file, e.field, e.dropped])).toEqual([
      ['SequenceError', 'shapes.txt', 'shape_pt_sequence', 'shape'],
      ['InvalidReferenceError', 'trips.txt', 'shape_id', 'value'],
    ]);
    const tt = timetable!;
    expect(tt.trips.id).toEqual(['T1', 'T2']);
    expect(Array.from(tt.trips.shape)).toEqual([-1, -1]);
    expect(tt.shapes.count).toBe(0);
  });
});
