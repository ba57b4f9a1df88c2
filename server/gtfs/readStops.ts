import type { StopIdx, Stops } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { isValidTimezone } from './isValidTimezone.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const FILE = 'stops.txt';
const TYPE_NAMES = ['stop/platform', 'station', 'entrance', 'generic node', 'boarding area'];

/** stops.txt as read: the engine's Stops, the id lookup, zone ids (for fare_rules) and the time zone list. */
export interface StopTable {
  stops: Stops;
  index: Map<string, StopIdx>;
  zoneIds: Set<string>;
  timezones: string[];
  /** stop_ids of rows left out for an error (stop times and transfers naming them go too, silently). */
  dropped: Set<string>;
}

/** The location_type a parent must have, by the child's location_type (-1: must have no parent). */
const PARENT_TYPE = [1, -1, 1, 1, 0];

/**
 * Reads stops.txt with its parent stations, time zones and the `stop_country` extension.
 * A stop's zone is its stop_timezone, else its parent's, else the first agency's (`defaultTimezone`).
 * Checks: duplicate ids, coordinates (required for stops, stations, entrances), names, location_type,
 * parent_station references and their type (a platform's parent must be a station, a boarding area's
 * a platform), unknown time zones.
 * What is left out: a row without id, a repeated id, a bad location_type or coordinate; an entrance,
 * node or boarding area without a valid parent (or whose parent was left out). Kept with the bad
 * value ignored: an empty name, an unknown stop_timezone (the parent's or the agency's zone is used),
 * a platform's or station's bad parent_station (it stands alone).
 */
export function readStops(csv: CsvReader | null, defaultTimezone: string, issues: IssueCollector): StopTable {
  const id: string[] = [];
  const name: string[] = [];
  const code: string[] = [];
  const country: string[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  const type: number[] = [];
  const parentId: string[] = [];
  const ownTz: string[] = [];
  const lines: number[] = [];
  const index = new Map<string, StopIdx>();
  const zoneIds = new Set<string>();
  const dropped = new Set<string>();
  if (csv) {
    const col = (c: string) => csv.column(c);
    const [cId, cCode, cName, cLat, cLon, cZone, cType, cParent, cTz, cCountry] = [
      'stop_id',
      'stop_code',
      'stop_name',
      'stop_lat',
      'stop_lon',
      'zone_id',
      'location_type',
      'parent_station',
      'stop_timezone',
      'stop_country',
    ].map(col);
    while (csv.next()) {
      const line = csv.line;
      const sid = csv.str(cId);
      if (!sid) {
        issues.error('RequiredFieldError', FILE, line, 'stop_id', 'stop_id is empty');
        issues.dropRows(FILE, 'RequiredFieldError');
        continue;
      }
      if (index.has(sid)) {
        issues.error('DuplicateIDError', FILE, line, 'stop_id', `stop_id '${sid}' is already used`, sid);
        issues.dropRows(FILE, 'DuplicateIDError');
        continue;
      }
      let bad = '';
      let t = csv.isEmpty(cType) ? 0 : csv.int(cType);
      if (!(t >= 0 && t <= 4)) {
        bad = 'InvalidFieldError';
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          'location_type',
          `location_type '${csv.str(cType)}' is not 0-4`,
          sid,
        );
        t = 0;
      }
      const needsPosition = t <= 2;
      const la = csv.num(cLat);
      const lo = csv.num(cLon);
      for (const [field, c, v, limit] of [
        ['stop_lat', cLat, la, 90],
        ['stop_lon', cLon, lo, 180],
      ] as const) {
        if (csv.isEmpty(c)) {
          if (needsPosition) {
            bad ||= 'ConditionallyRequiredFieldError';
            issues.error(
              'ConditionallyRequiredFieldError',
              FILE,
              line,
              field,
              `${field} is required for a ${TYPE_NAMES[t]}`,
              sid,
            );
          }
        } else if (!(Math.abs(v) <= limit)) {
          bad ||= 'InvalidFieldError';
          issues.error(
            'InvalidFieldError',
            FILE,
            line,
            field,
            `${field} '${csv.str(c)}' is not a coordinate within ±${limit}`,
            sid,
          );
        }
      }
      if (la === 0 && lo === 0 && needsPosition)
        issues.warning(
          'ZeroCoordinateError',
          FILE,
          line,
          'stop_lat',
          'the stop is at 0,0: coordinates are probably missing',
          sid,
        );
      const nm = csv.str(cName);
      if (!nm && needsPosition)
        issues.error(
          'ConditionallyRequiredFieldError',
          FILE,
          line,
          'stop_name',
          `stop_name is required for a ${TYPE_NAMES[t]}`,
          sid,
          'value',
        );
      const tz = csv.str(cTz);
      if (tz && !isValidTimezone(tz))
        issues.error(
          'InvalidTimezoneError',
          FILE,
          line,
          'stop_timezone',
          `'${tz}' is not an IANA time zone`,
          sid,
          'value',
        );
      let ctry = csv.str(cCountry).toUpperCase();
      if (ctry && !/^[A-Z]{2}$/.test(ctry)) {
        issues.warning(
          'InvalidFieldError',
          FILE,
          line,
          'stop_country',
          `stop_country '${ctry}' is not an ISO 3166-1 alpha-2 code`,
          sid,
        );
        ctry = '';
      }
      const zone = csv.str(cZone);
      if (zone) zoneIds.add(zone);
      if (bad) {
        dropped.add(sid);
        issues.dropRows(FILE, bad);
        continue;
      }
      index.set(sid, id.length as StopIdx);
      id.push(sid);
      name.push(nm);
      code.push(csv.str(cCode));
      country.push(ctry);
      lat.push(Math.abs(la) <= 90 ? la : Number.NaN);
      lon.push(Math.abs(lo) <= 180 ? lo : Number.NaN);
      type.push(t);
      parentId.push(csv.str(cParent));
      ownTz.push(tz && isValidTimezone(tz) ? tz : '');
      lines.push(line);
    }
  }
  // Parents. A platform (or a station) with a bad parent_station stands alone; an entrance, node or
  // boarding area cannot, and is left out. Parents are stations and platforms, which are never left
  // out here, so one pass decides.
  const read = id.length;
  const parentOf = new Int32Array(read).fill(-1);
  const keep = new Uint8Array(read).fill(1);
  const reject = (i: number, code: string, message: string) => {
    const alone = type[i] <= 1;
    issues.error(code, FILE, lines[i], 'parent_station', message, id[i], alone ? 'value' : 'row');
    if (alone) return;
    keep[i] = 0;
    dropped.add(id[i]);
    issues.dropRows(FILE, code);
  };
  for (let i = 0; i < read; i++) {
    const p = parentId[i];
    const want = PARENT_TYPE[type[i]];
    if (!p) {
      if (want >= 0 && type[i] !== 0)
        reject(i, 'ConditionallyRequiredFieldError', `a ${TYPE_NAMES[type[i]]} needs a parent_station`);
      continue;
    }
    const pi = index.get(p);
    if (want < 0) {
      reject(i, 'InvalidParentStationError', 'a station cannot have a parent_station');
    } else if (pi === undefined) {
      if (dropped.has(p)) {
        // The parent's own error explains it; a platform just stands alone.
        if (type[i] !== 0) {
          keep[i] = 0;
          dropped.add(id[i]);
          issues.dropRows(FILE, DROPPED_REFERENCE);
        }
      } else reject(i, 'InvalidReferenceError', `parent_station '${p}' is not a stop`);
    } else if (type[pi] !== want) {
      // transitland's split: a boarding area under a non-platform is InvalidParentStationError, any
      // other child under a non-station an InvalidReferenceError (its station lookup misses).
      reject(
        i,
        type[i] === 4 ? 'InvalidParentStationError' : 'InvalidReferenceError',
        `parent_station '${p}' is a ${TYPE_NAMES[type[pi]]}; a ${TYPE_NAMES[type[i]]}'s parent must be a ${TYPE_NAMES[want]}`,
      );
    } else parentOf[i] = pi;
  }
  const newIdx = new Int32Array(read).fill(-1);
  let count = 0;
  for (let i = 0; i < read; i++) if (keep[i]) newIdx[i] = count++;
  if (count < read) {
    index.clear();
    for (const list of [id, name, code, country, lat, lon, type, parentId, ownTz, lines] as unknown[][]) {
      let k = 0;
      for (let i = 0; i < read; i++) if (keep[i]) list[k++] = list[i];
      list.length = k;
    }
    id.forEach((sid, i) => {
      index.set(sid, i as StopIdx);
    });
  }
  const parent = new Int32Array(count).fill(-1);
  for (let i = 0; i < read; i++) if (keep[i] && parentOf[i] >= 0) parent[newIdx[i]] = newIdx[parentOf[i]];
  // Time zones: own, else the nearest ancestor's (boarding area -> platform -> station), else the feed's.
  const timezones: string[] = [];
  const tzIndex = new Map<string, number>();
  const timezone = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    let tz = ownTz[i];
    for (let a = parent[i], depth = 0; !tz && a >= 0 && depth < 4; a = parent[a], depth++) tz = ownTz[a];
    tz ||= defaultTimezone;
    let ti = tzIndex.get(tz);
    if (ti === undefined) {
      ti = timezones.length;
      tzIndex.set(tz, ti);
      timezones.push(tz);
    }
    timezone[i] = ti;
  }
  if (timezones.length === 0) timezones.push(defaultTimezone);
  // Children as CSR (counting sort by parent).
  const childStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) if (parent[i] >= 0) childStart[parent[i] + 1]++;
  for (let i = 0; i < count; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, count);
  const childIdx = new Int32Array(childStart[count]);
  for (let i = 0; i < count; i++) if (parent[i] >= 0) childIdx[fill[parent[i]]++] = i;
  const stops: Stops = {
    count,
    id,
    name,
    code,
    lat: Float64Array.from(lat),
    lon: Float64Array.from(lon),
    locationType: Uint8Array.from(type),
    parent,
    timezone,
    childStart,
    childIdx,
    country,
  };
  return { stops, index, zoneIds, timezones, dropped };
}
