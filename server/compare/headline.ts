import type { ComparisonRow } from './ComparisonRow.ts';

/** One figure before and after (baseline, scenario); seconds for times, counts otherwise. */
export interface BeforeAfter {
  baseline: number | null;
  scenario: number | null;
}

/**
 * What a comparison leads with: the station pair whose service changes most, with its direct trains,
 * fastest and median journey time before and after (e.g. "Smolensk → Vitebsk: 0 → 2 direct trains a
 * day; fastest 4 h 21 → 3 h 13").
 */
export interface Headline {
  from: string;
  to: string;
  directTrains: BeforeAfter;
  journeys: BeforeAfter;
  fastest: BeforeAfter;
  median: BeforeAfter;
}

/**
 * The headline pair of a comparison: the most direct trains gained (or lost), then the largest change
 * of the fastest journey, then the largest change of journeys a day; the first in row order of equals.
 * Null when no pair has a journey in either feed or nothing changes at all.
 */
export function headline(rows: readonly ComparisonRow[]): Headline | null {
  let best: ComparisonRow | null = null;
  let bestKey: number[] = [];
  for (const r of rows) {
    if (r.status === 'none') continue;
    const key = [
      Math.abs(r.change.directTrains),
      r.change.fastest === null
        ? r.status === 'new' || r.status === 'lost'
          ? 1e9
          : 0
        : Math.abs(r.change.fastest),
      Math.abs(r.change.journeys),
    ];
    if (best === null || greater(key, bestKey)) {
      best = r;
      bestKey = key;
    }
  }
  if (best === null || bestKey.every((x) => x === 0)) return null;
  const pick = (f: 'directTrains' | 'journeys' | 'fastest' | 'median'): BeforeAfter => ({
    baseline: best.baseline[f],
    scenario: best.scenario[f],
  });
  return {
    from: best.from,
    to: best.to,
    directTrains: pick('directTrains'),
    journeys: pick('journeys'),
    fastest: pick('fastest'),
    median: pick('median'),
  };
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}
