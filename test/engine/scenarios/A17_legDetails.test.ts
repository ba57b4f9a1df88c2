import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import type { TrainLegView as TrainLeg } from '../util/legView.ts';
import { planJourneys } from '../util/plan.ts';

/** What a train leg tells: trip, route, agency, headsign, service date, calls, estimated times. */
const tt = buildTimetable({
  agencies: [
    { id: 'RZD', zone: 'Europe/Moscow' },
    { id: 'BCh', zone: 'Europe/Minsk' },
  ],
  stops: ['SMOLENSK', 'KRASNOE', 'ORSHA'],
  trips: [
    {
      id: '6551',
      route: 'R-SO',
      agency: 'BCh',
      headsign: 'Orsha',
      times: 'SMOLENSK 23:10, KRASNOE 23:50/23:52 ~, ORSHA 25:05',
    },
  ],
});

describe('A17 leg details', () => {
  it('fills every field of a train leg', () => {
    const [j] = planJourneys(tt, { from: 'SMOLENSK', to: 'ORSHA', date: '2026-04-01', time: '22:00' });
    const leg = j.legs[0] as TrainLeg;
    expect(leg).toMatchObject({
      type: 'train',
      tripId: '6551',
      routeId: 'R-SO',
      agency: 1,
      headsign: 'Orsha',
      shortName: '6551',
      serviceDate: '2026-04-01',
      estimated: false,
      stayOn: false,
    });
    expect(leg.stops.map((s) => [s.stopId, s.estimated])).toEqual([
      ['SMOLENSK', false],
      ['KRASNOE', true],
      ['ORSHA', false],
    ]);
    expect(leg.stops[1].departure - leg.stops[1].arrival).toBe(120);
    expect(j.duration).toBe(115 * 60);
    expect(leg.to.time - leg.from.time).toBe(j.duration);
  });

  it('marks the leg estimated when it starts or ends at an approximate time', () => {
    const [j] = planJourneys(tt, { from: 'SMOLENSK', to: 'KRASNOE', date: '2026-04-01', time: '22:00' });
    expect((j.legs[0] as TrainLeg).estimated).toBe(true);
  });
});
