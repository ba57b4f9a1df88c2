import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

describe('stop times', () => {
  it('keeps times past 24:00:00 and accepts H:MM:SS', async () => {
    const { timetable, report } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,23:50:00,23:50:00,S1,1',
        'T1,24:10:00,24:11:00,S2,2',
        'T1,25:05:30,25:05:30,S3,3',
      ),
    });
    expect(report.errors).toEqual([]);
    expect(Array.from(timetable!.trips.stArrival)).toEqual([85800, 87000, 90330]);
    expect(Array.from(timetable!.trips.stDeparture)).toEqual([85800, 87060, 90330]);
  });

  it('accepts a one-digit hour', async () => {
    const { timetable } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,8:00:00,8:00:00,S1,1',
        'T1,8:10:00,8:10:00,S2,2',
        'T1,9:00:00,9:00:00,S3,3',
      ),
    });
    expect(Array.from(timetable!.trips.stDeparture)).toEqual([28800, 29400, 32400]);
  });

  it('sorts stop times by stop_sequence when the file is unordered, and reads pickup/drop-off', async () => {
    const { timetable, report } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type',
        'T1,08:30:00,08:30:00,S3,30,1,0',
        'T1,08:00:00,08:00:00,S1,10,0,1',
        'T1,08:10:00,08:11:00,S2,20,,',
      ),
    });
    expect(report.errors).toEqual([]);
    const t = timetable!.trips;
    expect(Array.from(t.stStop)).toEqual([0, 1, 2]);
    expect(Array.from(t.stPickup)).toEqual([0, 0, 1]);
    expect(Array.from(t.stDropOff)).toEqual([1, 0, 0]);
  });

  it('reports a malformed time on its row and leaves the row out', async () => {
    const changes = {
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,08:00:00,08:00:00,S1,1',
        'T1,8h10,08:11:00,S2,2',
        'T1,08:30:00,08:30:00,S3,3',
      ),
    };
    const { report, timetable } = await loadMinimal(changes);
    expect(Array.from(timetable!.trips.stArrival)).toEqual([28800, 30600]);
    expect((await loadMinimal(changes, { strict: true })).timetable).toBeNull();
    expect(report.errors[0]).toMatchObject({
      code: 'InvalidFieldError',
      file: 'stop_times.txt',
      line: 3,
      field: 'arrival_time',
    });
  });

  it('reports a repeated stop_sequence and times going backwards', async () => {
    const { report } = await loadMinimal({
      'stop_times.txt': csv(
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
        'T1,08:00:00,08:00:00,S1,1',
        'T1,08:10:00,08:09:00,S2,2',
        'T1,08:30:00,08:30:00,S3,2',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'SequenceError', file: 'stop_times.txt', line: 4, field: 'stop_sequence' },
      { code: 'SequenceError', file: 'trips.txt', line: 2, field: 'departure_time', entityId: 'T1' },
    ]);
  });
});
