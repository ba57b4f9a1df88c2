import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv, required } from './readCsv.ts';

/** A passenger stop from `stations.csv`. Coordinates are kept as the source's strings (copied verbatim). */
export interface Station {
  id: string;
  nameEn: string;
  nameRu: string;
  /** Belarusian name, '' where no source gives one (stations.csv, else names_be.csv). */
  nameBe: string;
  /** Where names_be.csv found the Belarusian name (URL or description) and its note; undefined when not from there. */
  nameBeSource?: { source: string; note: string };
  /** ISO 3166-1 alpha-2: 'RU' or 'BY'. */
  country: string;
  lat: string;
  lon: string;
  /** ESR station code (first `ESR nnnnnn` in the codes column), '' when none. */
  esr: string;
}

/** One point of a line in `line_sequences.csv`: a stop or a border crossing point (not a stop). */
export interface LinePoint {
  id: string;
  seq: number;
  lat: string;
  lon: string;
  /** Cumulative straight-line km from the line's first point (DERIVED in the source). */
  km: number;
  /** True for the border crossing points (BORDER_MAIN, BORDER_VIT): shape points only. */
  isBorder: boolean;
}

/** The corridor reference data: stations by id, and each line's points in sequence order. */
export interface Corridor {
  stations: Map<string, Station>;
  lines: Map<string, LinePoint[]>;
}

/**
 * Reads `stations.csv`, `names_be.csv` (when present) and `line_sequences.csv` from the corridor folder
 * (../shared/corridor) and checks that every line point other than a border point is a known station.
 */
export function loadCorridor(dir: string): Corridor {
  const stations = new Map<string, Station>();
  for (const [i, r] of readCsv(join(dir, 'stations.csv')).entries()) {
    const where = `stations.csv row ${i + 2}`;
    const id = required(r, 'id', where);
    const country = required(r, 'country', where);
    if (country !== 'RU' && country !== 'BY') throw new Error(`${where}: country ${country}`);
    stations.set(id, {
      id,
      nameEn: required(r, 'name_en', where),
      nameRu: required(r, 'name_ru', where),
      nameBe: r.name_be ?? '',
      country,
      lat: required(r, 'lat', where),
      lon: required(r, 'lon', where),
      esr: /ESR (\d+)/.exec(r.codes ?? '')?.[1] ?? '',
    });
  }
  readBelarusianNames(dir, stations);
  const lines = new Map<string, LinePoint[]>();
  for (const [i, r] of readCsv(join(dir, 'line_sequences.csv')).entries()) {
    const where = `line_sequences.csv row ${i + 2}`;
    const id = required(r, 'id', where);
    const isBorder = id.startsWith('BORDER_');
    if (!isBorder && !stations.has(id)) throw new Error(`${where}: unknown station ${id}`);
    const line = required(r, 'line', where);
    const points = lines.get(line) ?? [];
    points.push({
      id,
      seq: Number(required(r, 'seq', where)),
      lat: required(r, 'lat', where),
      lon: required(r, 'lon', where),
      km: Number(required(r, 'cum_straight_km', where)),
      isBorder,
    });
    lines.set(line, points);
  }
  for (const [line, points] of lines) {
    points.sort((a, b) => a.seq - b.seq);
    for (let k = 1; k < points.length; k++)
      if (!(points[k].km > points[k - 1].km))
        throw new Error(`${line}: km not increasing at ${points[k].id}`);
  }
  return { stations, lines };
}

/**
 * Belarusian names from `names_be.csv` (id, name_ru, name_be, translit_be, source_url, note): only rows
 * with a name and a source count; the rest say NOT FOUND. A name there must agree with stations.csv's
 * where both give one, and its id must be a known station.
 */
function readBelarusianNames(dir: string, stations: Map<string, Station>): void {
  const path = join(dir, 'names_be.csv');
  if (!existsSync(path)) return;
  for (const [i, r] of readCsv(path).entries()) {
    const where = `names_be.csv row ${i + 2}`;
    const id = required(r, 'id', where);
    const station = stations.get(id);
    if (!station) throw new Error(`${where}: unknown station ${id}`);
    const name = r.name_be ?? '';
    const source = r.source_url ?? '';
    if (!name || !source) continue;
    if (station.nameBe && station.nameBe !== name)
      throw new Error(`${where}: ${name} differs from stations.csv's ${station.nameBe}`);
    station.nameBe = name;
    station.nameBeSource = { source, note: r.note ?? '' };
  }
}
