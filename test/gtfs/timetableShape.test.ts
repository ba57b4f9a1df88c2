import { describe, expect, it } from 'vitest';
import { checkTimetable } from './checkTimetable.ts';
import { loadMinimal } from './minimalFeed.ts';

describe('the Timetable built from the minimal feed', () => {
  it('is internally consistent and carries the feed in engine form', async () => {
    const { timetable, report } = await loadMinimal();
    expect(report).toEqual({ ok: true, errors: [], warnings: [], dropped: [], refused: null });
    const tt = timetable!;
    expect(checkTimetable(tt)).toEqual([]);
    expect(tt.agencies).toEqual([
      { id: 'A', name: 'Example Rail', url: 'https://example.org', timezone: 'Europe/Berlin' },
    ]);
    expect(tt.routes).toEqual([{ id: 'R', agency: 0, shortName: 'RE1', longName: '', type: 2 }]);
    expect(tt.timezones).toEqual(['Europe/Berlin']);
    expect(Array.from(tt.trips.stStart)).toEqual([0, 3]);
    expect(Array.from(tt.trips.stArrival)).toEqual([28800, 29400, 30600]);
    expect(Array.from(tt.trips.stDeparture)).toEqual([28800, 29460, 30600]);
    expect(Array.from(tt.trips.stTimepoint)).toEqual([1, 1, 1]);
    expect(tt.trips.stDist.every(Number.isNaN)).toBe(true);
    expect([tt.trips.direction[0], tt.trips.shape[0], tt.trips.block[0]]).toEqual([-1, -1, -1]);
    expect(tt.trips.stHeadsign).toBeNull();
    expect(tt.feedInfo).toBeNull();
    expect(tt.routeIndex.get('R')).toBe(0);
  });

  it('checkTimetable notices a broken Timetable', async () => {
    const tt = (await loadMinimal()).timetable!;
    tt.trips.stArrival[2] = 0;
    tt.stops.parent[0] = 7;
    expect(checkTimetable(tt)).toEqual(['stop 0 parent out of range', 'trip T1 goes back in time']);
  });
});
