import type { Timetable } from '../../timetable/Timetable.ts';
import type { SearchPath } from '../raptor/SearchPath.ts';
import type { DayClock } from '../time/DayClock.ts';

/** A ride in real time order: trip on service day `day` (DayNumber), stop-time rows fromRow..toRow. */
export interface RealRide {
  kind: 'ride';
  trip: number;
  day: number;
  fromRow: number;
  toRow: number;
  stayOn: boolean;
}
/** A walk in real time order between two different stops; duration in seconds. */
export interface RealWalk {
  kind: 'walk';
  from: number;
  to: number;
  duration: number;
}
/** A journey's elements in real time order. */
export type RealPath = (RealRide | RealWalk)[];

/**
 * Turns a kernel path (search order, pattern positions, day indexes) into real time order with
 * stop-time rows and day numbers. For a reverse search the order, the positions and the walks are
 * mirrored, and "stays seated" moves to the following ride.
 */
export function toRealPath(tt: Timetable, path: SearchPath, clock: DayClock): RealPath {
  const out: RealPath = [];
  for (const e of path) {
    if (e.kind === 'walk') {
      out.push(clock.reverse ? { kind: 'walk', from: e.to, to: e.from, duration: e.duration } : { ...e });
      continue;
    }
    const start = tt.trips.stStart[e.trip];
    const len = tt.trips.stStart[e.trip + 1] - start;
    out.push({
      kind: 'ride',
      trip: e.trip,
      day: clock.dayOf[e.dayIndex],
      fromRow: clock.reverse ? start + len - 1 - e.toPos : start + e.fromPos,
      toRow: clock.reverse ? start + len - 1 - e.fromPos : start + e.toPos,
      stayOn: e.stayOn,
    });
  }
  if (!clock.reverse) return out;
  out.reverse();
  let carry = false;
  for (const e of out) {
    if (e.kind !== 'ride') continue;
    const own = e.stayOn;
    e.stayOn = carry;
    carry = own;
  }
  return out;
}
