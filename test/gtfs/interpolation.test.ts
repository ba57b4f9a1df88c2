import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

const stops = csv(
  'stop_id,stop_name,stop_lat,stop_lon',
  'S1,One,52.0,13.0',
  'S2,Two,52.1,13.1',
  'S3,Three,52.2,13.2',
  'S4,Four,52.3,13.3',
);

describe('interpolation of empty non-timepoint times', () => {
  it('interpolates by shape_dist_traveled when every row involved has one, marking the result approximate', async () => {
    const { timetable, report } = await loadMinimal({
      'stops.txt': stops,
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled,timepoint',
        'T1,08:00:00,08:00:00,S1,1,0,1',
        'T1,,,S2,2,10,0',
        'T1,,,S3,3,40,0',
        'T1,09:40:00,09:40:00,S4,4,100,1',
      ),
    });
    expect(report.errors).toEqual([]);
    const t = timetable!.trips;
    // 100 minutes over 100 distance units: S2 at 10, S3 at 40 minutes.
    expect(Array.from(t.stArrival)).toEqual([28800, 28800 + 600, 28800 + 2400, 28800 + 6000]);
    expect(Array.from(t.stDeparture)).toEqual(Array.from(t.stArrival));
    expect(Array.from(t.stTimepoint)).toEqual([1, 0, 0, 1]);
    expect(Array.from(t.stDist)).toEqual([0, 10, 40, 100]);
  });

  it('interpolates evenly by stop count without distances', async () => {
    const { timetable } = await loadMinimal({
      'stops.txt': stops,
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,08:00:00,08:01:00,S1,1',
        'T1,,,S2,2',
        'T1,,,S3,3',
        'T1,08:31:00,08:31:00,S4,4',
      ),
    });
    // From the departure 08:01 to the arrival 08:31: thirds of 30 minutes.
    expect(Array.from(timetable!.trips.stArrival)).toEqual([28800, 29460, 30060, 30660]);
    expect(Array.from(timetable!.trips.stTimepoint)).toEqual([1, 0, 0, 1]);
  });

  it('keeps the given times of timepoint=0 rows but marks them approximate', async () => {
    const { timetable } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence,timepoint',
        'T1,08:00:00,08:00:00,S1,1,',
        'T1,08:10:00,08:11:00,S2,2,0',
        'T1,08:30:00,08:30:00,S3,3,1',
      ),
    });
    expect(Array.from(timetable!.trips.stArrival)).toEqual([28800, 29400, 30600]);
    expect(Array.from(timetable!.trips.stTimepoint)).toEqual([1, 0, 1]);
  });

  it('takes the one time given when arrival or departure is empty', async () => {
    const { timetable } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,,08:00:00,S1,1',
        'T1,08:10:00,,S2,2',
        'T1,08:30:00,08:30:00,S3,3',
      ),
    });
    expect(Array.from(timetable!.trips.stArrival)).toEqual([28800, 29400, 30600]);
    expect(Array.from(timetable!.trips.stDeparture)).toEqual([28800, 29400, 30600]);
    expect(Array.from(timetable!.trips.stTimepoint)).toEqual([1, 1, 1]);
  });

  it('refuses a trip whose last stop has no time (SequenceError on the trips.txt row)', async () => {
    const { timetable, report } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,08:00:00,08:00:00,S1,1',
        'T1,08:10:00,08:11:00,S2,2',
        'T1,,,S3,3',
      ),
    });
    expect(timetable).toBeNull();
    expect(report.errors).toMatchObject([
      { code: 'SequenceError', file: 'trips.txt', line: 2, field: 'arrival_time', entityId: 'T1' },
    ]);
  });
});
