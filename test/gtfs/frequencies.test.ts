import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

describe('frequencies.txt', () => {
  it('expands each window into concrete trips, shifted, and drops the template', async () => {
    const { timetable, report } = await loadMinimal({
      'trips.txt': csv('route_id,service_id,trip_id', 'R,WK,T1', 'R,WK,F'),
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,08:00:00,08:00:00,S1,1',
        'T1,08:10:00,08:11:00,S2,2',
        'T1,08:30:00,08:30:00,S3,3',
        'F,05:00:00,05:00:00,S1,1',
        'F,05:10:00,05:10:00,S3,2',
      ),
      'frequencies.txt': csv(
        'trip_id,start_time,end_time,headway_secs,exact_times',
        'F,06:00:00,07:00:00,1800,1',
        'F,23:30:00,24:30:00,3600,0',
      ),
    });
    expect(report.errors).toEqual([]);
    const t = timetable!.trips;
    expect(t.id).toEqual(['T1', 'F@06:00:00', 'F@06:30:00', 'F@23:30:00']);
    expect(t.frequencyOf).toEqual(['', 'F', 'F', 'F']);
    expect(timetable!.tripIndex.has('F')).toBe(false);
    const times = (i: number) => Array.from(t.stDeparture.subarray(t.stStart[i], t.stStart[i + 1]));
    expect(times(1)).toEqual([21600, 22200]);
    expect(times(2)).toEqual([23400, 24000]);
    expect(times(3)).toEqual([84600, 85200]);
    // Frequency-based (exact_times=0) departures are approximate; schedule-based ones exact.
    expect(Array.from(t.stTimepoint.subarray(t.stStart[1], t.stStart[4]))).toEqual([1, 1, 1, 1, 0, 0]);
    expect(Array.from(t.stStop.subarray(t.stStart[1], t.stStart[2]))).toEqual([0, 2]);
  });

  it('reports an unknown trip_id and a bad headway', async () => {
    const { report } = await loadMinimal({
      'frequencies.txt': csv(
        'trip_id,start_time,end_time,headway_secs',
        'X,06:00:00,07:00:00,600',
        'T1,06:00:00,07:00:00,0',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'InvalidReferenceError', file: 'frequencies.txt', line: 2, field: 'trip_id' },
      { code: 'InvalidFieldError', file: 'frequencies.txt', line: 3, field: 'headway_secs' },
    ]);
  });
});
