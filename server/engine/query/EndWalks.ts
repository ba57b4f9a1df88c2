import type { Timetable } from '../../timetable/Timetable.ts';
import type { RealPath } from '../journey/RealPath.ts';
import type { QueryEnd } from './QueryEnd.ts';

/**
 * The walks at both ends of a query's journeys: looks up, for the stop a path's first ride boards at
 * (last ride alights at), the walk from (to) the place asked for, and adds it to the path.
 */
export class EndWalks {
  private readonly origin: Map<number, number>;
  private readonly destination: Map<number, number>;

  constructor(
    private readonly tt: Timetable,
    readonly from: QueryEnd,
    readonly to: QueryEnd,
  ) {
    this.origin = new Map(from.stops.map((s, i) => [s, i]));
    this.destination = new Map(to.stops.map((s, i) => [s, i]));
  }

  /** Seconds of the origin walk to stop s (0 when none or unknown). */
  originOffset(s: number): number {
    const i = this.origin.get(s);
    return i === undefined ? 0 : this.from.offsets[i];
  }

  /** The path with its access walk before the first ride and egress walk after the last, where there are. */
  add(path: RealPath): RealPath {
    const rides = path.filter((e) => e.kind === 'ride');
    if (rides.length === 0) return path;
    const first = rides[0];
    const last = rides[rides.length - 1];
    const board = this.tt.trips.stStop[first.fromRow];
    const alight = this.tt.trips.stStop[last.toRow];
    const out: RealPath = [];
    const i = this.origin.get(board);
    if (i !== undefined && this.from.via[i] !== board && path[0].kind === 'ride')
      out.push({ kind: 'walk', from: this.from.via[i], to: board, duration: this.from.offsets[i] });
    out.push(...path);
    const j = this.destination.get(alight);
    if (j !== undefined && this.to.via[j] !== alight && path[path.length - 1].kind === 'ride')
      out.push({ kind: 'walk', from: alight, to: this.to.via[j], duration: this.to.offsets[j] });
    return out;
  }
}
