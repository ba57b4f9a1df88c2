import { describe, expect, it } from 'vitest';
import { buildTimetable, type TimetableSpec } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * transfers.txt rows naming from_trip_id and to_trip_id (Metro-North has 23k): a timed (type 1) or
 * minimum-time (type 2) connection between two given trips, regardless of the stop's own rules. IN
 * arrives at B 09:00; OUT leaves B at 09:02 and B2 (another platform of station BS) at 09:03.
 */
const base: TimetableSpec = {
  stops: ['A', 'BS', { id: 'B', parent: 'BS' }, { id: 'B2', parent: 'BS' }, 'C', 'D'],
  trips: [
    { id: 'IN', times: 'A 08:00, B 09:00' },
    { id: 'OUT', times: 'B 09:02, C 10:00' },
    { id: 'OUT2', times: 'B2 09:03, D 10:00' },
    { id: 'LATE', route: 'OUT', times: 'B 09:30, C 10:30' },
  ],
};
const go = (to: string, transfers: TimetableSpec['transfers'], time = '07:00') =>
  plan(buildTimetable({ ...base, transfers }), { from: 'A', to, time });

describe('A16 trip-to-trip transfers', () => {
  it('without a rule the 2-minute change is too short', () => {
    expect(go('C', [])).toEqual(['08:00 A –IN→ 09:00 B | 09:30 B –LATE→ 10:30 C']);
  });
  it('a timed transfer (type 1) between the two trips makes it', () => {
    expect(go('C', [{ from: 'B', to: 'B', type: 1, fromTrip: 'IN', toTrip: 'OUT' }])).toEqual([
      '08:00 A –IN→ 09:00 B | 09:02 B –OUT→ 10:00 C',
    ]);
  });
  it('a type 2 rule between different platforms is a walk of its time', () => {
    expect(go('D', [{ from: 'B', to: 'B2', type: 2, minTime: 180, fromTrip: 'IN', toTrip: 'OUT2' }])).toEqual(
      ['08:00 A –IN→ 09:00 B | walk B→B2 180s | 09:03 B2 –OUT2→ 10:00 D'],
    );
    // 4 minutes are too long for 09:03: the ordinary platform change (5 min) to tomorrow's train it is.
    expect(go('D', [{ from: 'B', to: 'B2', type: 2, minTime: 240, fromTrip: 'IN', toTrip: 'OUT2' }])).toEqual(
      ['08:00 A –IN→ 09:00 B | walk B→B2 300s | 09:03+1d B2 –OUT2→ 10:00+1d D'],
    );
  });
  it('applies to those trips only', () => {
    expect(go('C', [{ from: 'B', to: 'B', type: 1, fromTrip: 'IN', toTrip: 'LATE' }])).toEqual([
      '08:00 A –IN→ 09:00 B | 09:30 B –LATE→ 10:30 C',
    ]);
  });
  it('works in arrive-by searches too', () => {
    expect(
      plan(
        buildTimetable({
          ...base,
          transfers: [{ from: 'B', to: 'B', type: 1, fromTrip: 'IN', toTrip: 'OUT' }],
        }),
        {
          from: 'A',
          to: 'C',
          time: '10:00',
          arriveBy: true,
        },
      ),
    ).toEqual(['08:00 A –IN→ 09:00 B | 09:02 B –OUT→ 10:00 C']);
  });

  it('reaches stops whose only way in starts after a trip-to-trip change to an unconnected stop', () => {
    // X is reached only from Y, and nothing but the rule IN -> XY leads from A's side to Y: the target
    // pruning's lower bounds used to call X unreachable from A and never boarded IN.
    const net = buildTimetable({
      stops: ['A', 'B', 'Y', 'X'],
      trips: [
        { id: 'IN', times: 'A 08:00, B 09:00' },
        { id: 'XY', times: 'Y 09:30, X 10:00' },
      ],
      transfers: [{ from: 'B', to: 'Y', type: 1, fromTrip: 'IN', toTrip: 'XY' }],
    });
    expect(plan(net, { from: 'A', to: 'X', time: '07:00' })).toEqual([
      '08:00 A –IN→ 09:00 B | walk B→Y 0s | 09:30 Y –XY→ 10:00 X',
    ]);
    expect(plan(net, { from: 'A', to: 'X', time: '11:00', arriveBy: true })).toEqual([
      '08:00 A –IN→ 09:00 B | walk B→Y 0s | 09:30 Y –XY→ 10:00 X',
    ]);
  });
});
