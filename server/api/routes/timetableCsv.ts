import type { TimetableResponse } from '../contract/index.ts';
import { csvField } from './csvField.ts';

type Cell = TimetableResponse['columns'][number]['cells'][number];

/** A cell as printed: the departure (the arrival at the end), both as "arr/dep" where trains change. */
export function cellText(c: Cell): string {
  if (!c) return '';
  if (c.change && c.arrival && c.departure) return `${c.arrival}/${c.departure}`;
  return `${c.estimated ? '~' : ''}${c.departure ?? c.arrival ?? ''}`;
}

/**
 * The printed timetable as CSV (RFC 4180, CRLF): a header row of train numbers ("6191 + 6581" for a
 * connection), rows for operating days and change station, then one row per station.
 */
export function timetableCsv(t: TimetableResponse): string {
  const rows: (string | null)[][] = [
    ['station_id', 'station', ...t.columns.map((c) => c.trains.map((x) => x.name).join(' + '))],
    ['', 'days', ...t.columns.map((c) => c.days)],
    ['', 'change at', ...t.columns.map((c) => c.change?.name ?? '')],
    ...t.stations.map((s, i) => [s.id, s.name, ...t.columns.map((c) => cellText(c.cells[i]))]),
  ];
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
