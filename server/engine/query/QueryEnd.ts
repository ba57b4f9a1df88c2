import { expandStops } from '../../timetable/expandStops.ts';
import type { StopIdx } from '../../timetable/Timetable.ts';
import type { RaptorData } from '../raptor/buildRaptorData.ts';
import type { RaptorIndex } from '../raptor/RaptorIndex.ts';

/**
 * One end of a journey query: the stops a journey may start at (origin) or end at (destination), each
 * with the walk between it and the place asked for. The place's own stops (a station's platforms)
 * have no walk; a platform's sibling platforms and the stops a footpath leads to (transfers.txt walks,
 * walks generated between nearby stops) are reached by walking. Walks at the ends are not transfers.
 */
export interface QueryEnd {
  stops: StopIdx[];
  /** Seconds of walking between `via[i]` and `stops[i]` (0: the place's own stop). */
  offsets: number[];
  /** The place's stop the walk starts from (origin) or leads to (destination). */
  via: StopIdx[];
  /** Every stop of the stations of the place asked for. */
  stations: StopIdx[];
  /** Every stop of the other stations walked to or from. */
  walkStations: StopIdx[];
}

/**
 * Where no trip may be boarded after the first (SearchEnds.noReboard): the origin's stations and those
 * walked to from it (a way back there is beaten by walking there at the start and waiting), and the
 * destination's stations. A station walked to from the destination stays a place to change trains.
 */
export function noReboardOf(origin: QueryEnd, destination: QueryEnd): StopIdx[] {
  return [...origin.stations, ...origin.walkStations, ...destination.stations];
}

/**
 * The QueryEnd of `given` (stop indexes; a station stands for its platforms). A walk takes the
 * footpath's own time (transfers.txt min_transfer_time, or the generated walk), `minTransfer` where a
 * footpath between two stations has neither; between platforms of one station without a time, none.
 */
export function queryEnd(
  data: RaptorData,
  given: ArrayLike<number>,
  side: 'origin' | 'destination',
  minTransfer: number,
): QueryEnd {
  const tt = data.timetable;
  const st = tt.stops;
  const own = expandStops(tt, given);
  // Footpaths leaving a stop (origin) or arriving at it (destination: the reverse index's edges).
  const idx: RaptorIndex = side === 'origin' ? data.forward : data.reverse;
  const station = (s: number) => (st.parent[s] >= 0 ? st.parent[s] : s);
  const best = new Map<number, { offset: number; via: number }>();
  for (const s of own) best.set(s, { offset: 0, via: s });
  for (const b of own) {
    for (let e = idx.fpStart[b]; e < idx.fpStart[b + 1]; e++) {
      const x = idx.fpTo[e];
      const d = idx.fpDur[e];
      const w = idx.fpWalk[e];
      const offset = d >= 0 ? d : w > 0 ? w : station(x) === station(b) ? 0 : minTransfer;
      const old = best.get(x);
      if (!old || offset < old.offset) best.set(x, { offset, via: b });
    }
  }
  const out: QueryEnd = { stops: [], offsets: [], via: [], stations: [], walkStations: [] };
  const seen = new Set<number>();
  const ownStations = new Set(own.map(station));
  for (const [s, v] of best) {
    out.stops.push(s as StopIdx);
    out.offsets.push(v.offset);
    out.via.push(v.via as StopIdx);
    const p = station(s);
    if (seen.has(p)) continue;
    seen.add(p);
    const list = ownStations.has(p) ? out.stations : out.walkStations;
    list.push(p as StopIdx);
    for (const c of expandStops(tt, [p])) if (c !== p) list.push(c);
  }
  return out;
}
