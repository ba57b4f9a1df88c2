import { describe, expect, it } from 'vitest';
import { stationBoard } from '../../server/timetable/stationBoard.ts';
import { buildStopCallIndex } from '../../server/timetable/stopCallIndex.ts';
import type { StopIdx, Timetable } from '../../server/timetable/Timetable.ts';
import { localToUnix } from '../../server/timetable/time/localToUnix.ts';
import { buildTimetable } from '../engine/util/buildTimetable.ts';

/**
 * The station board as a domain function: a station's platforms, the day's window in the stop's
 * zone, last night's trains still running, and calls one cannot board (or leave) left off.
 */
const tt = buildTimetable({
  zone: 'Europe/Moscow',
  stops: ['S', { id: 'S1', parent: 'S' }, { id: 'S2', parent: 'S' }, 'X', 'Y'],
  trips: [
    { id: 'MORNING', times: 'S1 08:00, X 09:00' },
    { id: 'PLATFORM2', times: 'S2 08:30, Y 09:30' },
    { id: 'NIGHT', times: 'Y 22:00, S1 25:10/25:15, X 26:00' },
    { id: 'NOBOARD', times: 'S2 09:00 -pickup, X 10:00' },
    { id: 'ENDS', times: 'X 07:00, S1 08:45' },
  ],
});
const calls = buildStopCallIndex(tt);
const at = (time: string) =>
  localToUnix('2026-04-08', Number(time.slice(0, 2)) * 3600 + Number(time.slice(3)) * 60, 'Europe/Moscow');
const ids = (t: Timetable, xs: { trip: number }[]) => xs.map((x) => t.trips.id[x.trip]);
const stop = (id: string) => tt.stopIndex.get(id) as StopIdx;

describe('stationBoard', () => {
  it('lists the departures of every platform of a station in time order, last night’s train first', () => {
    const board = stationBoard(tt, calls, {
      stop: stop('S'),
      kind: 'departures',
      from: at('00:00'),
      to: at('12:00'),
      limit: 50,
    });
    expect(ids(tt, board)).toEqual(['NIGHT', 'MORNING', 'PLATFORM2']);
    expect(board[0].at).toBe(at('01:15'));
  });

  it('leaves off calls where one may not board, and a trip’s last call; arrivals the mirror', () => {
    const arrivals = stationBoard(tt, calls, {
      stop: stop('S'),
      kind: 'arrivals',
      from: at('00:00'),
      to: at('12:00'),
      limit: 50,
    });
    expect(ids(tt, arrivals)).toEqual(['NIGHT', 'ENDS']);
  });

  it('keeps to the window and the limit; a platform alone is only its own calls', () => {
    expect(
      ids(
        tt,
        stationBoard(tt, calls, {
          stop: stop('S'),
          kind: 'departures',
          from: at('08:00'),
          to: at('08:30'),
          limit: 50,
        }),
      ),
    ).toEqual(['MORNING']);
    expect(
      ids(
        tt,
        stationBoard(tt, calls, {
          stop: stop('S'),
          kind: 'departures',
          from: at('00:00'),
          to: at('12:00'),
          limit: 2,
        }),
      ),
    ).toEqual(['NIGHT', 'MORNING']);
    expect(
      ids(
        tt,
        stationBoard(tt, calls, {
          stop: stop('S2'),
          kind: 'departures',
          from: at('00:00'),
          to: at('12:00'),
          limit: 50,
        }),
      ),
    ).toEqual(['PLATFORM2']);
  });
});
