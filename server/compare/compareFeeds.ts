import type { Router } from '../engine/index.ts';
import type { ComparisonRow } from './ComparisonRow.ts';
import { compareStats } from './compareStats.ts';
import { profileOrigins } from './profileOrigins.ts';

/** What to compare: stations (GTFS ids), the scenario's date and the baseline's (default the same). */
export interface CompareOptions {
  stations: readonly string[];
  /** 'YYYY-MM-DD' service day of the scenario. */
  date: string;
  /** 'YYYY-MM-DD' service day of the baseline; default `date`. */
  baselineDate?: string;
  /** Fraction done, 0..1, after each origin of each feed. */
  onProgress?: (fraction: number) => void;
}

/**
 * Compares two feeds on this thread: a whole-day profile per origin in each feed, then one row per
 * ordered station pair. For large feeds use `compareInWorkers` (worker/), which splits the origins.
 */
export function compareFeeds(baseline: Router, scenario: Router, o: CompareOptions): ComparisonRow[] {
  const total = 2 * o.stations.length;
  const b = profileOrigins(baseline, o.baselineDate ?? o.date, o.stations, o.stations, (d) =>
    o.onProgress?.(d / total),
  );
  const s = profileOrigins(scenario, o.date, o.stations, o.stations, (d) =>
    o.onProgress?.((o.stations.length + d) / total),
  );
  return compareStats(o.stations, b, s);
}
