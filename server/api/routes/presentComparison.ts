import type { ComparisonRow } from '../../compare/ComparisonRow.ts';
import { type Headline, headline } from '../../compare/headline.ts';
import type { PairStats } from '../../compare/PairStats.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import type { CompareHeadline, CompareResponse, PairStatsDto } from '../contract/index.ts';

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

/**
 * formatInstant with the zone's UTC offset cached per hour: a large comparison formats hundreds of
 * thousands of instants, and luxon costs microseconds each. Offsets change on the hour everywhere
 * that matters here (DST), so an hour bucket is exact.
 */
function isoFormatter(): (unix: number, zone: string) => string {
  const offsets = new Map<string, string>();
  return (unix, zone) => {
    const hour = Math.floor(unix / 3600);
    const key = `${zone} ${hour}`;
    let off = offsets.get(key);
    if (off === undefined) {
      off = formatInstant(hour * 3600, zone).slice(19);
      offsets.set(key, off);
    }
    const sign = off[0] === '-' ? -1 : 1;
    const [h, m] = off === 'Z' ? [0, 0] : off.slice(1).split(':').map(Number);
    const local = new Date((unix + sign * (h * 3600 + m * 60)) * 1000).toISOString().slice(0, 19);
    return `${local}${off}`;
  };
}

/** ComparisonRows (Unix seconds) as the API document: station names, ISO times at the origin. */
export function presentComparison(
  f: ComparedFeeds,
  stations: readonly string[],
  rows: readonly ComparisonRow[],
): CompareResponse {
  const info = new Map(stations.map((id) => [id, stationInfo(f, id)]));
  const ref = (id: string) => ({ id, name: info.get(id)?.name ?? id });
  const iso = isoFormatter();
  const stats = (s: PairStats, zone: string): PairStatsDto => ({
    ...s,
    firstDeparture: s.firstDeparture === null ? null : iso(s.firstDeparture, zone),
    lastDeparture: s.lastDeparture === null ? null : iso(s.lastDeparture, zone),
  });
  const zones = new Map<string, { baseline: string; scenario: string }>();
  for (const id of stations) {
    const z = info.get(id)?.zone;
    zones.set(id, { baseline: z?.(f.baseline) ?? 'UTC', scenario: z?.(f.scenario) ?? 'UTC' });
  }
  return {
    type: 'comparison',
    baseline: { feed: f.baseline.id, date: f.baselineDate },
    scenario: { feed: f.scenario.id, date: f.date },
    headline: presentHeadline(headline(rows), ref),
    stations: stations.map(ref),
    rows: rows.map((r) => {
      const zone = zones.get(r.from);
      return {
        type: 'comparisonRow',
        from: ref(r.from),
        to: ref(r.to),
        baseline: stats(r.baseline, zone?.baseline ?? 'UTC'),
        scenario: stats(r.scenario, zone?.scenario ?? 'UTC'),
        change: r.change,
        status: r.status,
      };
    }),
  };
}

/** "4 h 21" or "52 min" (seconds, rounded to the minute); "none" for null. */
function hm(seconds: number | null): string {
  if (seconds === null) return 'none';
  const m = Math.round(seconds / 60);
  return m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}` : `${m} min`;
}

/** The headline with station names and its English sentence. */
function presentHeadline(
  h: Headline | null,
  ref: (id: string) => { id: string; name: string },
): CompareHeadline | null {
  if (h === null) return null;
  const from = ref(h.from);
  const to = ref(h.to);
  const n = (x: number | null) => String(x ?? 0);
  const text =
    `${from.name} → ${to.name}: ${n(h.directTrains.baseline)} → ${n(h.directTrains.scenario)} direct trains a day; ` +
    `fastest ${hm(h.fastest.baseline)} → ${hm(h.fastest.scenario)}`;
  return { ...h, from, to, text };
}
