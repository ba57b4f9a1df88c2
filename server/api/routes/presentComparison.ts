import type { ComparisonRow } from '../../compare/ComparisonRow.ts';
import type { PairStats } from '../../compare/PairStats.ts';
import { formatInstant } from '../../engine/time/formatInstant.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CompareResponse, PairStatsDto } from '../contract/index.ts';

/** The two feeds of a comparison and the dates compared. */
export interface ComparedFeeds {
  baseline: LoadedFeed;
  scenario: LoadedFeed;
  date: string;
  baselineDate: string;
}

/** A station's name and zone, from the scenario feed, else the baseline (ids the API checked exist). */
function stationInfo(f: ComparedFeeds, id: string): { name: string; zone: (feed: LoadedFeed) => string } {
  const of = (feed: LoadedFeed) => feed.timetable.stopIndex.get(id);
  const s = of(f.scenario) ?? of(f.baseline);
  const feed = of(f.scenario) !== undefined ? f.scenario : f.baseline;
  const name = s === undefined ? id : feed.timetable.stops.name[s];
  const zone = (x: LoadedFeed) => {
    const i = of(x);
    const tt = x.timetable;
    return i === undefined ? 'UTC' : (tt.timezones[tt.stops.timezone[i]] ?? 'UTC');
  };
  return { name, zone };
}

/** ComparisonRows (Unix seconds) as the API document: station names, ISO times at the origin. */
export function presentComparison(
  f: ComparedFeeds,
  stations: readonly string[],
  rows: readonly ComparisonRow[],
): CompareResponse {
  const info = new Map(stations.map((id) => [id, stationInfo(f, id)]));
  const ref = (id: string) => ({ id, name: info.get(id)?.name ?? id });
  const stats = (s: PairStats, zone: string): PairStatsDto => ({
    ...s,
    firstDeparture: s.firstDeparture === null ? null : formatInstant(s.firstDeparture, zone),
    lastDeparture: s.lastDeparture === null ? null : formatInstant(s.lastDeparture, zone),
  });
  return {
    type: 'comparison',
    baseline: { feed: f.baseline.id, date: f.baselineDate },
    scenario: { feed: f.scenario.id, date: f.date },
    stations: stations.map(ref),
    rows: rows.map((r) => {
      const zone = info.get(r.from)?.zone;
      return {
        type: 'comparisonRow',
        from: ref(r.from),
        to: ref(r.to),
        baseline: stats(r.baseline, zone?.(f.baseline) ?? 'UTC'),
        scenario: stats(r.scenario, zone?.(f.scenario) ?? 'UTC'),
        change: r.change,
        status: r.status,
      };
    }),
  };
}
