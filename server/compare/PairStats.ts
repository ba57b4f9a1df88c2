import type { ProfileJourney } from '../engine/index.ts';

/**
 * What a planner reads about one ordered station pair in one feed on one service day. Durations and
 * gaps in seconds, departures in Unix seconds; null when there is no journey (or, for the gap, fewer
 * than two departures).
 */
export interface PairStats {
  /** Pareto-optimal journeys departing that day (as a whole-day range query lists them). */
  journeys: number;
  /** Of them, journeys on one train (no change). */
  directTrains: number;
  fastest: number | null;
  median: number | null;
  firstDeparture: number | null;
  lastDeparture: number | null;
  /** Longest wait between two consecutive departures of the day. */
  longestGap: number | null;
  fewestTransfers: number | null;
}

/** Summarises a profile (journeys in order of departure) into PairStats. */
export function pairStats(journeys: readonly ProfileJourney[]): PairStats {
  if (journeys.length === 0) {
    return {
      journeys: 0,
      directTrains: 0,
      fastest: null,
      median: null,
      firstDeparture: null,
      lastDeparture: null,
      longestGap: null,
      fewestTransfers: null,
    };
  }
  const durations = journeys.map((j) => j.arrival - j.departure).sort((a, b) => a - b);
  const m = durations.length >> 1;
  const median = durations.length % 2 ? durations[m] : Math.round((durations[m - 1] + durations[m]) / 2);
  let gap: number | null = null;
  for (let i = 1; i < journeys.length; i++) {
    const g = journeys[i].departure - journeys[i - 1].departure;
    if (g > 0 && (gap === null || g > gap)) gap = g;
  }
  return {
    journeys: journeys.length,
    directTrains: journeys.filter((j) => j.transfers === 0).length,
    fastest: durations[0],
    median,
    firstDeparture: journeys[0].departure,
    lastDeparture: journeys[journeys.length - 1].departure,
    longestGap: gap,
    fewestTransfers: Math.min(...journeys.map((j) => j.transfers)),
  };
}
