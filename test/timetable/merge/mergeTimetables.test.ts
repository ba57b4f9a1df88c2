import { describe, expect, it } from 'vitest';
import { loadFeed } from '../../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../../server/gtfs/memorySource.ts';
import { mergeTimetables } from '../../../server/timetable/merge/mergeTimetables.ts';
import { runsOn } from '../../../server/timetable/runsOn.ts';
import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';
import { plan } from '../../engine/util/plan.ts';
import { checkTimetable } from '../../gtfs/checkTimetable.ts';
import { csv } from '../../gtfs/minimalFeed.ts';

/**
 * Two operators publishing separately, routed as one network: scenarios on tiny feeds written here.
 * Stops are given as `id,name,lat,lon[,type,parent,code]`; trips as `trip: stop hh:mm, stop hh:mm...`.
 */
interface FeedSpec {
  agency: string;
  zone?: string;
  stops: string[];
  trips: string[];
  days?: string;
}

async function feed(spec: FeedSpec): Promise<Timetable> {
  const stopTimes: string[] = [];
  const trips: string[] = [];
  for (const line of spec.trips) {
    const [trip, calls] = line.split(': ');
    trips.push(`R_${spec.agency},WK,${trip}`);
    calls.split(', ').forEach((c, i) => {
      const [stop, time] = c.split(' ');
      stopTimes.push(`${trip},${time}:00,${time}:00,${stop},${i + 1}`);
    });
  }
  const { timetable, report } = await loadFeed(
    memorySource({
      'agency.txt': csv(
        'agency_id,agency_name,agency_url,agency_timezone',
        `${spec.agency},${spec.agency} Rail,https://${spec.agency}.example,${spec.zone ?? 'Europe/Berlin'}`,
      ),
      'calendar.txt': csv(
        'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
        `WK,1,1,1,1,1,1,1,${spec.days ?? '20260101,20261231'}`,
      ),
      'routes.txt': csv(
        'route_id,agency_id,route_short_name,route_type',
        `R_${spec.agency},${spec.agency},X,2`,
      ),
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station,stop_code',
        ...spec.stops.map((s) => `${s}${',,,'.slice(s.split(',').length - 4)}`),
      ),
      'trips.txt': csv('route_id,service_id,trip_id', ...trips),
      'stop_times.txt': csv('trip_id,arrival_time,departure_time,stop_id,stop_sequence', ...stopTimes),
    }),
  );
  if (!timetable) throw new Error(JSON.stringify(report.errors));
  return timetable;
}

describe('mergeTimetables', () => {
  it('one stop id at one place in two feeds is one stop: a journey changes there', async () => {
    const a = await feed({
      agency: 'RU',
      stops: ['smolensk,Smolensk,54.7983,32.0345', 'osinovka,Osinovka,54.6497,30.6588'],
      trips: ['6191: smolensk 08:25, osinovka 10:34'],
    });
    const b = await feed({
      agency: 'BY',
      stops: ['osinovka,Осиновка,54.6498,30.6589', 'orsha,Orsha,54.5207,30.3762'],
      trips: ['t1: osinovka 10:45, orsha 11:20'],
    });
    const m = mergeTimetables([
      { id: 'ru', timetable: a },
      { id: 'by', timetable: b },
    ]);
    expect(checkTimetable(m.timetable)).toEqual([]);
    expect(m.timetable.stops.id).toEqual(['smolensk', 'osinovka', 'orsha']);
    expect(m.aliases.size).toBe(0);
    expect(Array.from(m.tripStart)).toEqual([0, 1, 2]);
    expect(
      plan(m.timetable, { from: 'smolensk', to: 'orsha', time: '08:00', minTransferSeconds: 300 }),
    ).toEqual(['08:25 smolensk –6191→ 10:34 osinovka | 10:45 osinovka –t1→ 11:20 orsha']);
  });

  it('one id meaning two places is qualified by feed; the bare id stands for both', async () => {
    const a = await feed({
      agency: 'A',
      stops: ['1,Alpha,50.0,10.0', '2,Beta,50.1,10.1'],
      trips: ['T: 1 08:00, 2 09:00'],
    });
    const b = await feed({
      agency: 'B',
      stops: ['1,Gamma,48.0,2.0', '3,Delta,48.1,2.1'],
      trips: ['T: 1 08:00, 3 09:00'],
    });
    const m = mergeTimetables([
      { id: 'a', timetable: a },
      { id: 'b', timetable: b },
    ]);
    expect(m.timetable.stops.id).toEqual(['a:1', '2', 'b:1', '3']);
    expect(m.aliases.get('1')).toEqual([0, 2]);
    expect(m.timetable.trips.id).toEqual(['a:T', 'b:T']);
    expect(m.timetable.routes.map((r) => r.id)).toEqual(['R_A', 'R_B']);
    expect(m.timetable.services.id).toEqual(['a:WK', 'b:WK']);
    expect(m.timetable.tripIndex.get('b:T')).toBe(1);
  });

  it('stops of two feeds within 100 m with the same name become one station: a change takes its change time', async () => {
    const a = await feed({
      agency: 'A',
      stops: ['a1,West,50.0,10.0', 'hub_a,Grenzbahnhof,50.5,10.5'],
      trips: ['TA: a1 08:00, hub_a 08:30'],
    });
    const b = await feed({
      agency: 'B',
      // 70 m away from hub_a, written with an accent and another case.
      stops: ['hub_b,GRENZBAHNHÖF,50.5006,10.5002', 'b1,East,51.0,11.0'],
      trips: ['TB1: hub_b 08:33, b1 09:00', 'TB2: hub_b 08:40, b1 09:10'],
    });
    const m = mergeTimetables([
      { id: 'a', timetable: a },
      { id: 'b', timetable: b },
    ]);
    const tt = m.timetable;
    expect(checkTimetable(tt)).toEqual([]);
    const station = tt.stopIndex.get('station:hub_a')!;
    expect(m.stations).toEqual([
      {
        station,
        members: [tt.stopIndex.get('hub_a'), tt.stopIndex.get('hub_b')],
        reason: 'nearby, same name',
      },
    ]);
    expect(tt.stops.parent[tt.stopIndex.get('hub_b')!]).toBe(station);
    // 3 minutes is less than the 5-minute change time: the 08:40 train.
    expect(plan(tt, { from: 'a1', to: 'b1', time: '07:00', minTransferSeconds: 300 })).toEqual([
      '08:00 a1 –TA→ 08:30 hub_a | walk hub_a→hub_b 300s | 08:40 hub_b –TB2→ 09:10 b1',
    ]);
    expect(plan(tt, { from: 'a1', to: 'b1', time: '07:00', minTransferSeconds: 120 })).toEqual([
      '08:00 a1 –TA→ 08:30 hub_a | walk hub_a→hub_b 120s | 08:33 hub_b –TB1→ 09:00 b1',
    ]);
  });

  it('a station of one feed takes a nearby stop of another with the same code, and the links file joins any two', async () => {
    const a = await feed({
      agency: 'A',
      stops: ['S,Station,50.5,10.5,1,,100', 'S1,Station platform 1,50.5,10.5,0,S,', 'x,X,50.0,10.0'],
      trips: ['TA: x 08:00, S1 08:30'],
    });
    const b = await feed({
      agency: 'B',
      stops: ['bs,Other name,50.5003,10.5003,0,,100', 'far,Bus stop,50.51,10.51', 'y,Y,51.0,11.0'],
      trips: ['TB: bs 08:40, y 09:00', 'TC: far 08:45, y 09:30'],
    });
    const links = [{ a: { feed: 'a', stop: 'S1' }, b: { feed: 'b', stop: 'far' } }];
    const m = mergeTimetables(
      [
        { id: 'a', timetable: a },
        { id: 'b', timetable: b },
      ],
      links,
    );
    const tt = m.timetable;
    const S = tt.stopIndex.get('S')!;
    expect(tt.stops.parent[tt.stopIndex.get('bs')!]).toBe(S);
    expect(tt.stops.parent[tt.stopIndex.get('far')!]).toBe(S);
    expect(m.stations).toEqual([
      {
        station: S,
        members: [S, tt.stopIndex.get('bs'), tt.stopIndex.get('far')],
        reason: 'nearby, same code',
      },
    ]);
    expect(plan(tt, { from: 'x', to: 'y', time: '07:00' })).toEqual([
      '08:00 x –TA→ 08:30 S1 | walk S1→bs 300s | 08:40 bs –TB→ 09:00 y',
    ]);
  });

  it('a station merged into another leaves its id as an alias', async () => {
    const a = await feed({
      agency: 'A',
      stops: ['SA,Central,50.5,10.5,1', 'SA1,Central 1,50.5,10.5,0,SA', 'x,X,50.0,10.0'],
      trips: ['TA: x 08:00, SA1 08:30'],
    });
    const b = await feed({
      agency: 'B',
      stops: ['SB,Central,50.5001,10.5001,1', 'SB1,Central 7,50.5001,10.5001,0,SB', 'y,Y,51.0,11.0'],
      trips: ['TB: SB1 08:40, y 09:00'],
    });
    const m = mergeTimetables([
      { id: 'a', timetable: a },
      { id: 'b', timetable: b },
    ]);
    const tt = m.timetable;
    expect(tt.stopIndex.has('SB')).toBe(false);
    expect(m.aliases.get('SB')).toEqual([tt.stopIndex.get('SA')]);
    expect(tt.stops.parent[tt.stopIndex.get('SB1')!]).toBe(tt.stopIndex.get('SA'));
    expect(m.stopMaps[1][b.stopIndex.get('SB')!]).toBe(tt.stopIndex.get('SA'));
  });

  it('calendars of different periods share one day grid', async () => {
    const a = await feed({
      agency: 'A',
      stops: ['p,P,50,10', 'q,Q,50.1,10.1'],
      trips: ['T1: p 08:00, q 09:00'],
      days: '20240801,20241231',
    });
    const b = await feed({
      agency: 'B',
      stops: ['q,Q,50.1,10.1', 'r,R,50.2,10.2'],
      trips: ['T2: q 09:10, r 10:00'],
      days: '20260402,20261231',
    });
    const { timetable: tt } = mergeTimetables([
      { id: 'a', timetable: a },
      { id: 'b', timetable: b },
    ]);
    expect(checkTimetable(tt)).toEqual([]);
    const on = (service: number, date: string) => runsOn(tt.services, service, dayNumber(date));
    expect([on(0, '2024-08-01'), on(0, '2026-04-02'), on(1, '2024-08-01'), on(1, '2026-04-02')]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
