import type { CompareResponse, PairStatsDto } from '../contract/index.ts';
import { csvField as field } from './csvField.ts';

const minutes = (s: number | null) => (s === null ? null : Math.round(s / 60));
const hhmm = (iso: string | null) => (iso === null ? null : iso.slice(11, 16));

function statCells(s: PairStatsDto): (string | number | null)[] {
  return [
    s.journeys,
    s.directTrains,
    minutes(s.fastest),
    minutes(s.median),
    hhmm(s.firstDeparture),
    hhmm(s.lastDeparture),
    minutes(s.longestGap),
    s.fewestTransfers,
  ];
}

const STAT_COLUMNS = [
  'journeys',
  'direct_trains',
  'fastest_min',
  'median_min',
  'first_departure',
  'last_departure',
  'longest_gap_min',
  'fewest_transfers',
];

/**
 * A comparison as CSV (RFC 4180, CRLF, header row): one line per station pair, durations in whole
 * minutes, departures as local HH:MM at the origin, changes as scenario minus baseline.
 */
export function comparisonCsv(c: CompareResponse): string {
  const header = [
    'from_id',
    'from_name',
    'to_id',
    'to_name',
    'status',
    ...STAT_COLUMNS.map((x) => `baseline_${x}`),
    ...STAT_COLUMNS.map((x) => `scenario_${x}`),
    'change_journeys',
    'change_direct_trains',
    'change_fastest_min',
    'change_median_min',
    'change_longest_gap_min',
    'change_fewest_transfers',
  ];
  const lines = [header.join(',')];
  for (const r of c.rows) {
    const cells = [
      r.from.id,
      r.from.name,
      r.to.id,
      r.to.name,
      r.status,
      ...statCells(r.baseline),
      ...statCells(r.scenario),
      r.change.journeys,
      r.change.directTrains,
      minutes(r.change.fastest),
      minutes(r.change.median),
      minutes(r.change.longestGap),
      r.change.fewestTransfers,
    ];
    lines.push(cells.map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
