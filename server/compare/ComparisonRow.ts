import type { PairStats } from './PairStats.ts';

/**
 * How a station pair changes from baseline to scenario, judged by the fastest journey:
 * `new`/`lost` a connection appears/disappears, `faster`/`slower`/`same`, `none` neither feed has one.
 */
export type ChangeStatus = 'new' | 'lost' | 'faster' | 'slower' | 'same' | 'none';

/** Scenario minus baseline; seconds (journeys and transfers: counts); null where either side has none. */
export interface PairChange {
  journeys: number;
  directTrains: number;
  fastest: number | null;
  median: number | null;
  longestGap: number | null;
  fewestTransfers: number | null;
}

/** One ordered station pair of a comparison (ids are GTFS stop ids). */
export interface ComparisonRow {
  from: string;
  to: string;
  baseline: PairStats;
  scenario: PairStats;
  change: PairChange;
  status: ChangeStatus;
}
