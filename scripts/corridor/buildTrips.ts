import { deriveSpeed, estimateStopTimes, type TimedStop } from './estimateTimes.ts';
import type { Corridor } from './loadCorridor.ts';
import type { ServiceSource, Sources } from './loadSources.ts';
import { type TripPattern, tripPattern } from './tripPattern.ts';

/** The reference speed and the run it comes from (for provenance notes). */
export interface ReferenceSpeed {
  kmPerSecond: number;
  trainNumber: string;
  km: number;
  /** Total run time and the number of intermediate stops (each with the assumed dwell). */
  runSeconds: number;
  intermediateStops: number;
}

/** One generated trip: its source row, where it runs, and every stop time with its basis. */
export interface BuiltTrip {
  service: ServiceSource;
  pattern: TripPattern;
  times: TimedStop[];
  /** The speed used for estimates on this trip (reference × rolling-stock factor), km/s. */
  kmPerSecond: number;
}

function patternOf(corridor: Corridor, s: ServiceSource): TripPattern {
  const points = corridor.lines.get(s.line);
  if (!points) throw new Error(`${s.tripId}: unknown line ${s.line}`);
  try {
    return tripPattern(s.line, points, s.from, s.to, s.stops);
  } catch (err) {
    throw new Error(`${s.tripId}: ${(err as Error).message}`);
  }
}

/**
 * The base speed of all estimates, from the reference train named in estimate_params.csv: its
 * published departure at the first stop and arrival at the last, over its straight-line distance.
 */
export function referenceSpeed(corridor: Corridor, sources: Sources): ReferenceSpeed {
  const { referenceTrain, dwellSeconds } = sources.params;
  const ref = sources.services.find((s) => s.trainNumber === referenceTrain);
  if (!ref) throw new Error(`reference train ${referenceTrain} not in services.csv`);
  const { stops } = patternOf(corridor, ref);
  const dep = ref.anchors.find((a) => a.stopId === ref.from && a.kind === 'dep' && a.published);
  const arr = ref.anchors.find((a) => a.stopId === ref.to && a.kind === 'arr' && a.published);
  if (!dep || !arr) throw new Error(`reference train ${referenceTrain} needs published end times`);
  return {
    kmPerSecond: deriveSpeed(stops, dep.time, arr.time, dwellSeconds),
    trainNumber: referenceTrain,
    km: stops[stops.length - 1].km - stops[0].km,
    runSeconds: arr.time - dep.time,
    intermediateStops: stops.length - 2,
  };
}

/** Builds every trip of one feed (sorted by trip_id) with stop times from `estimateStopTimes`. */
export function buildTrips(
  corridor: Corridor,
  sources: Sources,
  feed: string,
  ref: ReferenceSpeed,
): BuiltTrip[] {
  const trips: BuiltTrip[] = [];
  for (const s of sources.services.filter((x) => x.feed === feed)) {
    const factor = sources.params.speedFactor.get(s.rollingStock);
    if (factor === undefined)
      throw new Error(`${s.tripId}: no speed_factor_${s.rollingStock} in estimate_params.csv`);
    const pattern = patternOf(corridor, s);
    const kmPerSecond = ref.kmPerSecond * factor;
    let times: TimedStop[];
    try {
      times = estimateStopTimes(pattern.stops, s.anchors, kmPerSecond, sources.params.dwellSeconds);
    } catch (err) {
      throw new Error(`${s.tripId}: ${(err as Error).message}`);
    }
    trips.push({ service: s, pattern, times, kmPerSecond });
  }
  trips.sort((a, b) =>
    a.service.tripId < b.service.tripId ? -1 : a.service.tripId > b.service.tripId ? 1 : 0,
  );
  for (let k = 1; k < trips.length; k++)
    if (trips[k].service.tripId === trips[k - 1].service.tripId)
      throw new Error(`duplicate trip_id ${trips[k].service.tripId}`);
  return trips;
}
