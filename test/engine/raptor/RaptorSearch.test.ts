import { describe, expect, it } from 'vitest';
import { ActiveTripsCache } from '../../../server/engine/raptor/ActiveTripsCache.ts';
import { buildRaptorData } from '../../../server/engine/raptor/buildRaptorData.ts';
import { INF } from '../../../server/engine/raptor/Labels.ts';
import { RaptorSearch } from '../../../server/engine/raptor/RaptorSearch.ts';
import { makeDayClock } from '../../../server/engine/time/DayClock.ts';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';
import { noonMinus12h } from '../../../server/timetable/time/noonMinus12h.ts';
import { buildTimetable } from '../util/buildTimetable.ts';

/** The kernel's contract between resets: later runs keep the labels, so they may not ask more trips. */
const tt = buildTimetable({
  stops: ['A', 'B', 'C', 'D'],
  trips: [
    { id: 'T1', times: 'A 08:00, B 09:00' },
    { id: 'T2', times: 'B 09:10, C 10:00' },
    { id: 'T3', times: 'C 10:10, D 11:00' },
  ],
});
const data = buildRaptorData(tt);
const day = dayNumber('2026-04-01');
const clock = makeDayClock(tt.services, data.zones.length, day - 2, 5, day * 86_400, false, (z, d) =>
  noonMinus12h(data.zones[z], d),
);
const days = Array.from(clock.dayOf, (d) => new ActiveTripsCache(data.forward, tt.services).get(d));
const stop = (id: string) => tt.stopIndex.get(id)!;
const params = (time: number) => ({ sources: [stop('A')], time, firstBoardLimit: INF, minTransfer: 0 });

describe('RaptorSearch', () => {
  it('keeps only the rounds of the first run after a reset, and resets them all', () => {
    const search = new RaptorSearch(data.forward, tt.services, 9);
    search.reset(clock, days, [], INF);
    search.run(params(7 * 3600), 2);
    const n = tt.stops.count;
    // Two trips reach C; D needs three.
    expect(search.arrBest[2 * n + stop('C')]).toBe(10 * 3600);
    expect(search.arrBest[2 * n + stop('D')]).toBe(INF);
    search.reset(clock, days, [], INF);
    expect(search.arrBest[2 * n + stop('C')]).toBe(INF);
    search.run(params(7 * 3600), 3);
    expect(search.arrBest[3 * n + stop('D')]).toBe(11 * 3600);
    // A second run may ask as many trips or fewer, not more.
    search.run(params(6 * 3600), 3);
    search.run(params(5 * 3600), 1);
    expect(() => search.run(params(4 * 3600), 4)).toThrow(/4 trips after a run with 3/);
  });
});
