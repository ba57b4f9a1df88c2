import type { ChangeStatus, ComparisonRow, PairChange } from './ComparisonRow.ts';
import type { PairStats } from './PairStats.ts';
import type { OriginStats } from './profileOrigins.ts';

/**
 * Pairs up the per-origin stats of the two feeds (same station list, any origin order) into one
 * ComparisonRow per ordered pair of distinct stations, in station-list order.
 */
export function compareStats(
  stations: readonly string[],
  baseline: readonly OriginStats[],
  scenario: readonly OriginStats[],
): ComparisonRow[] {
  const b = new Map(baseline.map((o) => [o.origin, o.stats]));
  const s = new Map(scenario.map((o) => [o.origin, o.stats]));
  const rows: ComparisonRow[] = [];
  for (const from of stations) {
    const bs = b.get(from);
    const ss = s.get(from);
    if (!bs || !ss) throw new Error(`no stats for origin ${from}`);
    stations.forEach((to, i) => {
      const x = bs[i];
      const y = ss[i];
      if (!x || !y) return;
      rows.push({ from, to, baseline: x, scenario: y, change: changeOf(x, y), status: statusOf(x, y) });
    });
  }
  return rows;
}

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

function changeOf(x: PairStats, y: PairStats): PairChange {
  return {
    journeys: y.journeys - x.journeys,
    directTrains: y.directTrains - x.directTrains,
    fastest: diff(x.fastest, y.fastest),
    median: diff(x.median, y.median),
    longestGap: diff(x.longestGap, y.longestGap),
    fewestTransfers: diff(x.fewestTransfers, y.fewestTransfers),
  };
}

function statusOf(x: PairStats, y: PairStats): ChangeStatus {
  if (x.fastest === null) return y.fastest === null ? 'none' : 'new';
  if (y.fastest === null) return 'lost';
  return y.fastest < x.fastest ? 'faster' : y.fastest > x.fastest ? 'slower' : 'same';
}
