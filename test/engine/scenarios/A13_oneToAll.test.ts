import { describe, expect, it } from 'vitest';
import { resolveStopOrStation } from '../../../server/engine/query/resolveStopOrStation.ts';
import { Router } from '../../../server/engine/Router.ts';
import { formatInstant } from '../../../server/timetable/time/formatInstant.ts';
import { buildTimetable } from '../util/buildTimetable.ts';

/** One-to-all: the earliest arrival (and fewest transfers for it) at every stop. */
const tt = buildTimetable({
  stops: ['A', 'B', 'C', 'D', 'S', { id: 'S:1', parent: 'S' }, 'Z'],
  trips: [
    { id: 'T1', times: 'A 08:00, B 09:00, C 10:00' },
    { id: 'T2', times: 'B 09:10, D 09:40' },
    { id: 'T3', times: 'C 10:10, S:1 10:30' },
    { id: 'T4', times: 'Z 06:00, A 07:00' },
  ],
});

/** Arrival (HH:MM UTC) and transfers at each stop of a one-to-all result, or 'unreachable'. */
function show(r: ReturnType<Router['oneToAll']>, ids: string[]): string[] {
  return ids.map((id) => {
    const s = tt.stopIndex.get(id)!;
    return Number.isNaN(r.arrival[s])
      ? 'unreachable'
      : `${formatInstant(r.arrival[s], 'UTC').slice(11, 16)}/${r.transfers[s]}`;
  });
}

describe('A13 one-to-all', () => {
  it('gives earliest arrival and transfers per stop, NaN when unreachable', () => {
    const r = new Router(tt).oneToAll({
      from: resolveStopOrStation(tt, 'A'),
      date: '2026-04-01',
      time: 7.5 * 3600,
    });
    expect(show(r, ['A', 'B', 'C', 'D', 'S:1', 'S', 'Z'])).toEqual([
      '07:30/0',
      '09:00/0',
      '10:00/0',
      '09:40/1',
      '10:30/1',
      '10:30/1',
      'unreachable',
    ]);
  });

  it('with maxTravelSeconds, leaves out what arrives after the cutoff (inclusive at the cutoff)', () => {
    const r = new Router(tt).oneToAll({
      from: resolveStopOrStation(tt, 'A'),
      date: '2026-04-01',
      time: 7.5 * 3600,
      maxTravelSeconds: 2.5 * 3600,
    });
    expect(show(r, ['A', 'B', 'C', 'D', 'S:1', 'S'])).toEqual([
      '07:30/0',
      '09:00/0',
      '10:00/0',
      '09:40/1',
      'unreachable',
      'unreachable',
    ]);
  });
});
