import type { AgencyIdx, Route, RouteIdx } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import type { AgencyTable } from './readAgencies.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

const FILE = 'routes.txt';

/** routes.txt as read: routes, lookup, the lines they came from and the network_ids they name. */
export interface RouteTable {
  routes: Route[];
  index: Map<string, RouteIdx>;
  lines: number[];
  /** routes.txt `network_id` values (GTFS-Fares v2: a network defined by its routes). */
  networkIds: Set<string>;
  /** route_ids of rows left out (trips naming them go too, silently). */
  dropped: Set<string>;
}

/** True for a GTFS route_type: the basic 0-7, 11, 12, or an extended (Hierarchical Vehicle Type) code. */
function isRouteType(t: number): boolean {
  return (t >= 0 && t <= 7) || t === 11 || t === 12 || (t >= 100 && t <= 1799);
}

/**
 * Reads routes.txt: agency_id must name an agency (and is required when the feed has several), one
 * of short/long name is required, route_type must be a known type, colours six hex digits.
 * A route without a usable agency or type is left out (and its trips); missing names and bad colours
 * are only reported.
 */
export function readRoutes(csv: CsvReader | null, agencies: AgencyTable, issues: IssueCollector): RouteTable {
  const table: RouteTable = {
    routes: [],
    index: new Map(),
    lines: [],
    networkIds: new Set(),
    dropped: new Set(),
  };
  if (!csv) return table;
  const [cId, cAgency, cShort, cLong, cType, cColor, cText, cNetwork] = [
    'route_id',
    'agency_id',
    'route_short_name',
    'route_long_name',
    'route_type',
    'route_color',
    'route_text_color',
    'network_id',
  ].map((c) => csv.column(c));
  while (csv.next()) {
    const line = csv.line;
    const id = csv.str(cId);
    if (!id) {
      issues.error('RequiredFieldError', FILE, line, 'route_id', 'route_id is empty');
      issues.dropRows(FILE, 'RequiredFieldError');
      continue;
    }
    if (table.index.has(id)) {
      issues.error('DuplicateIDError', FILE, line, 'route_id', `route_id '${id}' is already used`, id);
      issues.dropRows(FILE, 'DuplicateIDError');
      continue;
    }
    let bad = '';
    const agencyId = csv.str(cAgency);
    let agency = agencies.index.get(agencyId);
    if (!agencyId && agencies.agencies.length > 1) {
      bad = 'ConditionallyRequiredFieldError';
      issues.error(
        bad,
        FILE,
        line,
        'agency_id',
        'agency_id is required when a feed has several agencies',
        id,
      );
    } else if (!agencyId) agency = agencies.agencies.length === 1 ? 0 : undefined;
    if (!bad && agency === undefined) {
      if (agencies.dropped.has(agencyId) || (!agencyId && agencies.agencies.length === 0))
        bad = DROPPED_REFERENCE;
      else {
        bad = 'InvalidReferenceError';
        issues.error(bad, FILE, line, 'agency_id', `agency_id '${agencyId}' is not in agency.txt`, id);
      }
    }
    const shortName = csv.str(cShort);
    const longName = csv.str(cLong);
    if (!shortName && !longName)
      issues.error(
        'ConditionallyRequiredFieldError',
        FILE,
        line,
        'route_short_name',
        'a route needs route_short_name or route_long_name',
        id,
        'value',
      );
    const type = csv.int(cType);
    if (csv.isEmpty(cType)) {
      bad ||= 'RequiredFieldError';
      issues.error('RequiredFieldError', FILE, line, 'route_type', 'route_type is empty', id);
    } else if (!isRouteType(type)) {
      bad ||= 'InvalidFieldError';
      issues.error(
        'InvalidFieldError',
        FILE,
        line,
        'route_type',
        `route_type '${csv.str(cType)}' is not a GTFS route type`,
        id,
      );
    }
    const route: Route = {
      id,
      agency: agency as AgencyIdx,
      shortName,
      longName,
      type,
    };
    for (const [field, c, key] of [
      ['route_color', cColor, 'color'],
      ['route_text_color', cText, 'textColor'],
    ] as const) {
      const v = csv.str(c);
      if (!v) continue;
      if (/^[0-9A-Fa-f]{6}$/.test(v)) route[key] = v.toUpperCase();
      else
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          field,
          `${field} '${v}' is not six hex digits`,
          id,
          'value',
        );
    }
    if (bad) {
      table.dropped.add(id);
      issues.dropRows(FILE, bad);
      continue;
    }
    const network = csv.str(cNetwork);
    if (network) table.networkIds.add(network);
    table.index.set(id, table.routes.length as RouteIdx);
    table.routes.push(route);
    table.lines.push(line);
  }
  return table;
}
