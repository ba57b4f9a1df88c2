import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * A night train whose times pass 24:00: they belong to the service day it left on. It runs only on
 * Wednesday 2026-04-01, so on Thursday morning it is "yesterday's trip, still running".
 */
const tt = buildTimetable({
  stops: ['A', 'M', 'B'],
  services: { wed: { from: '2026-04-01', to: '2026-04-01' }, thu: { from: '2026-04-02', to: '2026-04-02' } },
  trips: [
    { id: 'NIGHT', service: 'wed', times: 'A 23:00, M 24:40/24:45, B 25:30' },
    { id: 'NIGHT2', service: 'thu', times: 'A 23:00, M 24:40/24:45, B 25:30' },
  ],
});

describe('A03 overnight trains', () => {
  it('arrives after midnight on the next calendar day', () => {
    expect(plan(tt, { from: 'A', to: 'B', date: '2026-04-01', time: '22:00' })).toEqual([
      '23:00 A –NIGHT→ 01:30+1d B',
    ]);
  });

  it("boards yesterday's trip still running after midnight", () => {
    expect(plan(tt, { from: 'M', to: 'B', date: '2026-04-02', time: '00:30' })).toEqual([
      '00:45 M –NIGHT→ 01:30 B',
    ]);
  });

  it("after yesterday's trip has left, takes today's, which reaches M tomorrow", () => {
    expect(plan(tt, { from: 'M', to: 'B', date: '2026-04-02', time: '01:00' })).toEqual([
      '00:45+1d M –NIGHT2→ 01:30+1d B',
    ]);
  });

  it('considers departures only up to 24 h after the query time', () => {
    expect(plan(tt, { from: 'A', to: 'B', date: '2026-03-31', time: '22:00' })).toEqual([]);
    expect(plan(tt, { from: 'A', to: 'B', date: '2026-03-31', time: '23:00' })).toEqual([
      '23:00+1d A –NIGHT→ 01:30+2d B',
    ]);
  });
});
