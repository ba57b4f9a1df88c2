import type { TimetableResponse } from '../contract/index.ts';
import { csvField } from './csvField.ts';
import { columnHeading, timetableLabels } from './timetableLabels.ts';

type Cell = TimetableResponse['columns'][number]['cells'][number];

/**
 * A cell as printed: the departure (the arrival at the end), both as "arr/dep" where trains change,
 * `+1` after a time on the day after the timetable's date.
 */
export function cellText(c: Cell): string {
  if (!c) return '';
  const mark = c.day > 0 ? ` +${c.day}` : '';
  if (c.change && c.arrival && c.departure) return `${c.arrival}/${c.departure}${mark}`;
  return `${c.estimated ? '~' : ''}${c.departure ?? c.arrival ?? ''}${mark}`;
}

/**
 * The printed timetable as CSV (RFC 4180, CRLF): a header row of train numbers ("6191 + 6581" for a
 * connection; the route's name without one), rows for operating days and change station (labelled
 * in `lang`), then one row per station.
 */
export function timetableCsv(t: TimetableResponse, lang?: string): string {
  const l = timetableLabels(lang);
  const rows: (string | null)[][] = [
    ['station_id', 'station', ...t.columns.map(columnHeading)],
    ['', l.days.toLowerCase(), ...t.columns.map((c) => c.days)],
    ['', l.changeAt.toLowerCase(), ...t.columns.map((c) => c.change?.name ?? '')],
    ...t.stations.map((s, i) => [s.id, s.name, ...t.columns.map((c) => cellText(c.cells[i]))]),
  ];
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
