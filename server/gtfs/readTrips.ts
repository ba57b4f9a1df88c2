import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const FILE = 'trips.txt';

/** trips.txt as read, one entry per accepted row (before stop times and frequencies). */
export interface TripTable {
  count: number;
  id: string[];
  route: number[];
  service: number[];
  headsign: string[];
  shortName: string[];
  /** block_id as given ('' when none). */
  blockId: string[];
  shape: number[];
  /** direction_id, -1 when not given. */
  direction: number[];
  /** Line of the trip's row in trips.txt, where trip-level problems are reported. */
  line: number[];
  index: Map<string, number>;
  /** trip_ids of rows left out (their stop times, frequencies and transfers go too, silently). */
  dropped: Set<string>;
}

/** Lookups trips.txt refers to. */
export interface TripRefs {
  routes: Map<string, number>;
  services: Map<string, number>;
  /** null when the feed has no shapes.txt: shape_ids are then ignored (one warning), not dangling. */
  shapes: Map<string, number> | null;
  /** Ids left out of those files for their own errors: a trip naming one goes silently. */
  droppedRoutes: ReadonlySet<string>;
  droppedServices: ReadonlySet<string>;
  droppedShapes: ReadonlySet<string>;
}

/**
 * Reads trips.txt: unique trip_id; route_id, service_id and shape_id must exist; direction_id 0/1.
 * A shape_id in a feed without shapes.txt is one warning: shapes only draw the line, and several real
 * feeds ship trips.txt with shape_ids but strip shapes.txt.
 * A trip without a usable route or service is left out; a dangling shape_id or bad direction_id is
 * only reported (the trip runs without).
 */
export function readTrips(csv: CsvReader | null, refs: TripRefs, issues: IssueCollector): TripTable {
  const t: TripTable = {
    count: 0,
    id: [],
    route: [],
    service: [],
    headsign: [],
    shortName: [],
    blockId: [],
    shape: [],
    direction: [],
    line: [],
    index: new Map(),
    dropped: new Set(),
  };
  if (!csv) return t;
  const [cId, cRoute, cService, cHeadsign, cShort, cDir, cBlock, cShape] = [
    'trip_id',
    'route_id',
    'service_id',
    'trip_headsign',
    'trip_short_name',
    'direction_id',
    'block_id',
    'shape_id',
  ].map((c) => csv.column(c));
  let shapesIgnored = false;
  while (csv.next()) {
    const line = csv.line;
    const id = csv.str(cId);
    if (!id) {
      issues.error('RequiredFieldError', FILE, line, 'trip_id', 'trip_id is empty');
      issues.dropRows(FILE, 'RequiredFieldError');
      continue;
    }
    if (t.index.has(id)) {
      issues.error('DuplicateIDError', FILE, line, 'trip_id', `trip_id '${id}' is already used`, id);
      issues.dropRows(FILE, 'DuplicateIDError');
      continue;
    }
    let bad = '';
    /** The index `field` names; -1 (reported unless it was left out itself) when it names none. */
    const lookup = (
      field: string,
      c: number,
      map: Map<string, number>,
      dropped: ReadonlySet<string>,
      required: boolean,
    ): number => {
      const v = csv.str(c);
      if (!v) {
        if (required) {
          issues.error('RequiredFieldError', FILE, line, field, `${field} is empty`, id);
          bad ||= 'RequiredFieldError';
        }
        return -1;
      }
      const i = map.get(v);
      if (i !== undefined) return i;
      if (dropped.has(v)) {
        if (required) bad ||= DROPPED_REFERENCE;
      } else {
        issues.error(
          'InvalidReferenceError',
          FILE,
          line,
          field,
          `${field} '${v}' does not exist`,
          id,
          required ? 'row' : 'value',
        );
        if (required) bad ||= 'InvalidReferenceError';
      }
      return -1;
    };
    const route = lookup('route_id', cRoute, refs.routes, refs.droppedRoutes, true);
    const service = lookup('service_id', cService, refs.services, refs.droppedServices, true);
    let shape = -1;
    if (refs.shapes) shape = lookup('shape_id', cShape, refs.shapes, refs.droppedShapes, false);
    else if (!csv.isEmpty(cShape) && !shapesIgnored) {
      shapesIgnored = true;
      issues.warning(
        'MissingShapesWarning',
        FILE,
        line,
        'shape_id',
        'trips name shape_ids but the feed has no shapes.txt: shapes are ignored',
        id,
      );
    }
    if (bad) {
      t.dropped.add(id);
      issues.dropRows(FILE, bad);
      continue;
    }
    let direction = -1;
    if (!csv.isEmpty(cDir)) {
      direction = csv.int(cDir);
      if (direction !== 0 && direction !== 1) {
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          'direction_id',
          `direction_id must be 0 or 1, not '${csv.str(cDir)}'`,
          id,
          'value',
        );
        direction = -1;
      }
    }
    t.index.set(id, t.count++);
    t.id.push(id);
    t.route.push(route);
    t.service.push(service);
    t.headsign.push(csv.str(cHeadsign));
    t.shortName.push(csv.str(cShort));
    t.blockId.push(csv.str(cBlock));
    t.shape.push(shape);
    t.direction.push(direction);
    t.line.push(line);
  }
  return t;
}
