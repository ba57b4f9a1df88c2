import { describe, expect, it } from 'vitest';
import { CsaSearch } from '../../../server/engine/csa/CsaSearch.ts';
import { resolveStopOrStation } from '../../../server/engine/query/resolveStopOrStation.ts';
import { Router } from '../../../server/engine/Router.ts';
import { buildRaptorData } from '../../../server/engine/raptor/buildRaptorData.ts';
import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { formatInstant } from '../../../server/timetable/time/formatInstant.ts';
import { buildTimetable, type TimetableSpec } from '../util/buildTimetable.ts';

type Query = Parameters<Router['oneToAll']>[0];

/** One-to-all by both searches; they must agree stop by stop. Returns the answer as 'HH:MM/transfers' (UTC). */
function both(tt: Timetable, q: Omit<Query, 'from'> & { from: string }): Record<string, string> {
  const query = { ...q, from: resolveStopOrStation(tt, q.from) };
  const csa = new Router(tt, { oneToAll: 'csa' }).oneToAll(query);
  const raptor = new Router(tt, { oneToAll: 'raptor' }).oneToAll(query);
  expect(Array.from(csa.arrival)).toEqual(Array.from(raptor.arrival));
  expect(Array.from(csa.transfers)).toEqual(Array.from(raptor.transfers));
  const out: Record<string, string> = {};
  for (let s = 0; s < tt.stops.count; s++)
    out[tt.stops.id[s]] = Number.isNaN(csa.arrival[s])
      ? '-'
      : `${formatInstant(csa.arrival[s], 'UTC').slice(5, 16)}/${csa.transfers[s]}`;
  return out;
}

describe('one-to-all by connection scan (CsaSearch) equals RAPTOR', () => {
  it.each([
    ['after', ['T2', 'T3']],
    ['before', ['T3', 'T2']],
  ])(
    'boards at the scan time after a zero-time hop and a zero-time change (next trip listed %s)',
    (_, order) => {
      const trips: Record<string, string> = {
        T1: 'A 08:00, B 08:10',
        T2: 'B 08:10, C 08:10',
        T3: 'C 08:10, D 09:00',
      };
      const tt = buildTimetable({
        stops: ['A', 'B', 'C', 'D'],
        trips: ['T1', ...order].map((id) => ({ id, times: trips[id], route: id })),
      });
      expect(
        both(tt, { from: 'A', date: '2026-04-01', time: 7 * 3600, minTransferSeconds: 0 }),
      ).toMatchObject({
        B: '04-01T08:10/0',
        C: '04-01T08:10/1',
        D: '04-01T09:00/2',
      });
      // With the default 5 minutes to change: the next day's trains, beyond a 3 h cutoff.
      expect(both(tt, { from: 'A', date: '2026-04-01', time: 7 * 3600 })).toMatchObject({
        C: '04-02T08:10/1',
        D: '04-03T09:00/2',
      });
      const capped = { from: 'A', date: '2026-04-01', time: 7 * 3600, maxTravelSeconds: 3 * 3600 };
      expect(both(tt, capped)).toMatchObject({ B: '04-01T08:10/0', C: '-', D: '-' });
    },
  );

  it('counts each trip in its agency zone, across a DST change and overnight', () => {
    const spec: TimetableSpec = {
      agencies: [
        { id: 'RZD', zone: 'Europe/Moscow' },
        { id: 'DB', zone: 'Europe/Berlin' },
      ],
      stops: ['A', 'B', 'C', 'D'],
      trips: [
        { id: 'N1', agency: 'RZD', times: 'A 22:00, B 25:30' },
        { id: 'D1', agency: 'DB', times: 'B 01:00, C 02:30' },
        { id: 'D2', agency: 'DB', times: 'C 03:30, D 04:00' },
      ],
    };
    const tt = buildTimetable(spec);
    // The query reads 21:00 in A's zone (Moscow, 18:00 UTC). Berlin goes to summer time on 2026-03-29,
    // whose GTFS times count from noon minus 12 h = 22:00 UTC the day before: D1 leaves 23:00 UTC.
    expect(both(tt, { from: 'A', date: '2026-03-28', time: 21 * 3600 })).toMatchObject({
      B: '03-28T22:30/0',
      C: '03-29T00:30/1',
      D: '03-29T02:00/2',
    });
    expect(
      both(tt, { from: 'A', date: '2026-03-28', time: 21 * 3600, maxTravelSeconds: 7 * 3600 }),
    ).toMatchObject({ C: '03-29T00:30/1', D: '-' });
  });

  it('keeps the first train within 24 h and at most maxTransfers changes', () => {
    const tt = buildTimetable({
      stops: ['A', 'B', 'C'],
      services: { sun: { from: '2026-01-01', to: '2026-12-31', weekdays: '0000001' } },
      trips: [
        { id: 'S', service: 'sun', times: 'A 09:00, B 10:00' },
        { id: 'T', times: 'B 11:00, C 12:00' },
      ],
    });
    // Wednesday 08:00: Sunday's train is more than 24 h away.
    expect(both(tt, { from: 'A', date: '2026-04-01', time: 8 * 3600 })).toMatchObject({ B: '-', C: '-' });
    expect(both(tt, { from: 'A', date: '2026-04-04', time: 10 * 3600 })).toMatchObject({
      B: '04-05T10:00/0',
      C: '04-05T12:00/1',
    });
    expect(both(tt, { from: 'A', date: '2026-04-04', time: 10 * 3600, maxTransfers: 0 })).toMatchObject({
      B: '04-05T10:00/0',
      C: '-',
    });
  });

  it('leaves timetables with through trains or trip-to-trip transfers to RAPTOR', () => {
    const plain: TimetableSpec = { stops: ['A', 'B', 'C'], trips: [{ id: 'T1', times: 'A 08:00, B 09:00' }] };
    expect(CsaSearch.supports(buildRaptorData(buildTimetable(plain)).forward)).toBe(true);
    const through = buildTimetable({
      stops: ['A', 'B', 'C'],
      trips: [
        { id: 'T1', times: 'A 08:00, B 09:00', block: 'X' },
        { id: 'T2', times: 'B 09:00, C 10:00', block: 'X', route: 'R2' },
      ],
    });
    expect(CsaSearch.supports(buildRaptorData(through).forward)).toBe(false);
    // Staying seated adds no transfer: the answer is RAPTOR's either way.
    expect(both(through, { from: 'A', date: '2026-04-01', time: 7 * 3600 })).toMatchObject({
      C: '04-01T10:00/0',
    });
    const tripToTrip = buildTimetable({
      ...plain,
      trips: [...plain.trips, { id: 'T2', times: 'B 09:01, C 10:00' }],
      transfers: [{ from: 'B', to: 'B', type: 1, fromTrip: 'T1', toTrip: 'T2' }],
    });
    expect(CsaSearch.supports(buildRaptorData(tripToTrip).forward)).toBe(false);
    expect(both(tripToTrip, { from: 'A', date: '2026-04-01', time: 7 * 3600 })).toMatchObject({
      C: '04-01T10:00/1',
    });
  });
});
