import type { Anchor } from './loadSources.ts';
import type { Seconds } from './time.ts';

/** A stop of a trip in running order; `km` grows along the trip (shape_dist_traveled, straight-line km). */
export interface PatternStop {
  stopId: string;
  km: number;
}

/**
 * Where a stop time comes from: `published` (a source prints it), `anchor` (a chosen time written in
 * services.csv and marked estimated there, with its reason), `interpolated` (spread by distance between two
 * anchors), `extrapolated` (reference speed from the nearest anchor).
 */
export type TimeBasis = 'published' | 'anchor' | 'interpolated' | 'extrapolated';

/** One computed stop time. `timepoint` is GTFS timepoint: 1 published, 0 estimated. */
export interface TimedStop extends PatternStop {
  arrival: Seconds;
  departure: Seconds;
  timepoint: 0 | 1;
  basis: TimeBasis;
}

const MINUTE = 60;
const roundToMinute = (t: number): Seconds => Math.round(t / MINUTE) * MINUTE;

/**
 * The reference speed in km per second of running time: the run's distance over its duration minus a
 * `dwell` (seconds) at each intermediate stop. Used with the sourced 2024 run Smolensk → Osinovka
 * (6191: 08:25 → 10:34, 91.0 km, 14 intermediate stops, 1 min dwell: 91.0 km / 115 min ≈ 47.5 km/h).
 */
export function deriveSpeed(
  stops: readonly PatternStop[],
  depart: Seconds,
  arrive: Seconds,
  dwell: Seconds,
): number {
  const moving = arrive - depart - dwell * Math.max(0, stops.length - 2);
  const km = stops[stops.length - 1].km - stops[0].km;
  if (!(moving > 0 && km > 0)) throw new Error('reference run has no positive running time or distance');
  return km / moving;
}

interface Fixed {
  i: number;
  arr: Seconds;
  dep: Seconds;
  published: boolean;
}

/** Anchors of a trip per stop index, with arrival/departure completed (dwell at intermediates, 0 at ends). */
function fixedTimes(stops: readonly PatternStop[], anchors: readonly Anchor[], dwell: Seconds): Fixed[] {
  const index = new Map(stops.map((s, i) => [s.stopId, i]));
  const byStop = new Map<number, Anchor[]>();
  for (const a of anchors) {
    const i = index.get(a.stopId);
    if (i === undefined) throw new Error(`time given for ${a.stopId}, which the trip does not serve`);
    byStop.set(i, [...(byStop.get(i) ?? []), a]);
  }
  const last = stops.length - 1;
  const fixed: Fixed[] = [];
  for (const [i, list] of [...byStop].sort((a, b) => a[0] - b[0])) {
    const arr = list.find((a) => a.kind === 'arr');
    const dep = list.find((a) => a.kind === 'dep');
    if (i === 0 || i === last) {
      // At the ends arrival and departure coincide; one time describes the stop.
      const t = (i === 0 ? (dep ?? arr) : (arr ?? dep))!;
      fixed.push({ i, arr: t.time, dep: t.time, published: t.published });
    } else {
      const a = arr?.time ?? dep!.time - dwell;
      const d = dep?.time ?? arr!.time + dwell;
      fixed.push({ i, arr: a, dep: d, published: !!arr?.published && !!dep?.published });
    }
  }
  for (let k = 0; k < fixed.length; k++) {
    if (fixed[k].dep < fixed[k].arr)
      throw new Error(`departure before arrival at ${stops[fixed[k].i].stopId}`);
    if (k > 0 && fixed[k].arr <= fixed[k - 1].dep)
      throw new Error(
        `times not increasing from ${stops[fixed[k - 1].i].stopId} to ${stops[fixed[k].i].stopId}`,
      );
  }
  return fixed;
}

/**
 * THE estimate (the one place to revise it). Given a trip's stops with distances, its anchor times and the
 * speed in km/s (reference speed × the rolling stock's factor), returns every stop's arrival and departure:
 * - anchored stops keep their time (timepoint 1 only if the source publishes it);
 * - between two anchors, the running time left after a `dwell` at each stop is spread by distance;
 * - before the first / after the last anchor, times follow the speed with the same dwell.
 * Estimated times are rounded to whole minutes; an intermediate stop departs `dwell` after it arrives; the
 * first stop's arrival equals its departure and the last stop's departure equals its arrival.
 */
export function estimateStopTimes(
  stops: readonly PatternStop[],
  anchors: readonly Anchor[],
  speedKmPerSecond: number,
  dwell: Seconds,
): TimedStop[] {
  if (stops.length < 2) throw new Error('a trip needs at least two stops');
  if (anchors.length === 0) throw new Error('a trip needs at least one time');
  for (let k = 1; k < stops.length; k++)
    if (!(stops[k].km > stops[k - 1].km)) throw new Error(`distance not increasing at ${stops[k].stopId}`);
  const last = stops.length - 1;
  const fixed = fixedTimes(stops, anchors, dwell);
  const out: TimedStop[] = new Array(stops.length);
  const put = (i: number, arrival: Seconds, basis: TimeBasis) => {
    const departure = i === 0 || i === last ? arrival : arrival + dwell;
    out[i] = { ...stops[i], arrival, departure, timepoint: 0, basis };
  };
  for (const f of fixed)
    out[f.i] = {
      ...stops[f.i],
      arrival: f.arr,
      departure: f.dep,
      timepoint: f.published ? 1 : 0,
      basis: f.published ? 'published' : 'anchor',
    };
  for (let k = 1; k < fixed.length; k++) {
    const a = fixed[k - 1];
    const b = fixed[k];
    const moving = b.arr - a.dep - dwell * (b.i - a.i - 1);
    if (moving <= 0)
      throw new Error(`no running time left between ${stops[a.i].stopId} and ${stops[b.i].stopId}`);
    const perKm = moving / (stops[b.i].km - stops[a.i].km);
    for (let j = a.i + 1; j < b.i; j++)
      put(
        j,
        roundToMinute(a.dep + (stops[j].km - stops[a.i].km) * perKm + dwell * (j - a.i - 1)),
        'interpolated',
      );
  }
  const first = fixed[0];
  for (let j = first.i - 1; j >= 0; j--) {
    const dep = first.arr - (stops[first.i].km - stops[j].km) / speedKmPerSecond - dwell * (first.i - j - 1);
    put(j, roundToMinute(dep) - (j === 0 ? 0 : dwell), 'extrapolated');
  }
  const end = fixed[fixed.length - 1];
  for (let j = end.i + 1; j <= last; j++)
    put(
      j,
      roundToMinute(end.dep + (stops[j].km - stops[end.i].km) / speedKmPerSecond + dwell * (j - end.i - 1)),
      'extrapolated',
    );
  for (let k = 1; k < out.length; k++)
    if (out[k].arrival < out[k - 1].departure)
      throw new Error(`estimated times decrease at ${out[k].stopId}`);
  return out;
}
