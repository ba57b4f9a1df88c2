import { parse } from 'csv-parse/sync';
import { cellRef } from './GridError.ts';

/** One stop of a grid train: seconds after the service day's midnight; `estimated` when marked `~`. */
export interface GridStop {
  stopId: string;
  arrival: number;
  departure: number;
  estimated: boolean;
  /** The cell, e.g. `grid.csv:R5C3`. */
  ref: string;
}

/** One column of a printed timetable: a train with its number, days, route, headsign and stops. */
export interface GridTrain {
  /** Where the column starts, e.g. `grid.csv:R1C3` (for error messages). */
  ref: string;
  number: string;
  /** Weekday bit set, bit 0 = Monday. */
  days: number;
  route: string;
  agency: string;
  headsign: string;
  stops: GridStop[];
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const META = new Set(['days', 'route', 'agency', 'headsign', 'change at']);

/** "daily", "Mon–Fri", "Mon-Fri", "Fri, Sun", "Sat+Sun" or seven 0/1 digits (Monday first) -> bits; null if unreadable. */
export function parseDays(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'daily') return 0x7f;
  if (/^[01]{7}$/.test(t)) return [...t].reduce((m, c, i) => (c === '1' ? m | (1 << i) : m), 0);
  let bits = 0;
  for (const part of t.split(/\s*[,+]\s*/)) {
    const range = part.split(/\s*[–-]\s*/);
    const idx = range.map((d) => DAY_NAMES.indexOf(d.slice(0, 3)));
    if (idx.some((i) => i < 0) || range.length > 2) return null;
    const [a, b = a] = idx;
    if (b < a) return null;
    for (let d = a; d <= b; d++) bits |= 1 << d;
  }
  return bits || null;
}

/** "HH:MM" or "H:MM[:SS]" -> seconds, null if not a time. Hours may exceed 23. */
function parseTime(s: string): number | null {
  const m = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : null;
}

/**
 * Parses a timetable grid in its printed form (CSV): a header row `station_id,station,<train
 * number>,...`; meta rows with an empty first cell and a keyword in the second (`days`, `route`,
 * `agency`, `headsign`; `change at` must be empty: one column is one train); then one row per station
 * (stop_id first). A time cell is `HH:MM` (arrival = departure), `HH:MM/HH:MM` (arrival/departure),
 * `~` before a time marks it estimated; empty or `|` means the train does not call. A time earlier
 * than the column's previous one is on the next day. Problems are collected into `problems`, each
 * naming its cell (`file:R5C3`).
 */
export function parseGrid(text: string, file: string, problems: string[]): GridTrain[] {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    problems.push(`${file}: not readable as CSV: ${(e as Error).message}`);
    return [];
  }
  const header = rows[0] ?? [];
  if (header[0]?.trim().toLowerCase() !== 'station_id' || header.length < 3) {
    problems.push(`${cellRef(file, 0, 0)}: the header must be station_id,station,<train>,<train>,...`);
    return [];
  }
  const trains: GridTrain[] = header.slice(2).map((n, i) => ({
    ref: cellRef(file, 0, i + 2),
    number: n.trim(),
    days: 0x7f,
    route: '',
    agency: '',
    headsign: '',
    stops: [],
  }));
  const last = trains.map(() => -1);
  const used = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((c) => c.trim() === '')) continue;
    const key = row[0]?.trim() ?? '';
    const cells = row.slice(2);
    if (cells.length > trains.length && cells.slice(trains.length).some((c) => c.trim() !== ''))
      problems.push(`${cellRef(file, r, trains.length + 2)}: a value beyond the last train column`);
    if (key === '') {
      const meta = (row[1] ?? '').trim().toLowerCase();
      if (!META.has(meta)) {
        problems.push(
          `${cellRef(file, r, 1)}: unknown row "${row[1] ?? ''}" (days, route, agency, headsign)`,
        );
        continue;
      }
      trains.forEach((t, i) => {
        const v = (cells[i] ?? '').trim();
        const ref = cellRef(file, r, i + 2);
        if (meta === 'days') {
          const d = parseDays(v);
          if (d === null) problems.push(`${ref}: unreadable days "${v}" (daily, Mon–Fri, Fri, Sun, 1111100)`);
          else t.days = d;
        } else if (meta === 'change at') {
          if (v) problems.push(`${ref}: a connection with a change is two trains; give each its own column`);
        } else t[meta as 'route' | 'agency' | 'headsign'] = v;
      });
      continue;
    }
    if (used.has(key)) problems.push(`${cellRef(file, r, 0)}: station ${key} appears twice`);
    used.add(key);
    trains.forEach((t, i) => {
      const raw = (cells[i] ?? '').trim();
      if (raw === '' || raw === '|') return;
      const ref = cellRef(file, r, i + 2);
      const estimated = raw.startsWith('~');
      const parts = raw.replace(/^~/, '').split('/');
      const times = parts.map((p) => parseTime(p.trim()));
      if (parts.length > 2 || times.some((x) => x === null)) {
        problems.push(`${ref}: unreadable time "${raw}" (HH:MM, HH:MM/HH:MM, ~ for estimated, | passes)`);
        return;
      }
      let [arrival, departure = arrival] = times as number[];
      while (arrival < last[i]) arrival += 86_400;
      while (departure < arrival) departure += 86_400;
      last[i] = departure;
      t.stops.push({ stopId: key, arrival, departure, estimated, ref });
    });
  }
  for (const t of trains) {
    if (!t.number) problems.push(`${t.ref}: the train has no number`);
    if (t.stops.length < 2) problems.push(`${t.ref}: train ${t.number} calls at fewer than two stations`);
  }
  return trains;
}
