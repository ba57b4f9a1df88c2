import { parse } from 'csv-parse/sync';
import { cellRef, GridError } from './GridError.ts';
import type { GridTrain } from './parseGrid.ts';

/** Feed-wide settings of an imported grid. Dates 'YYYY-MM-DD'. */
export interface GridFeedOptions {
  /** First and last day of the timetable's validity (calendar.txt start_date/end_date). */
  start: string;
  end: string;
  /** The single agency when the grid names none (`agency` row): name, URL, IANA zone. */
  agencyName?: string;
  agencyUrl?: string;
  /** Default: the first station's stop_timezone. */
  timezone?: string;
  /** agency.txt-style CSV for grids whose `agency` row names agency ids. */
  agencies?: { text: string; file: string };
}

const STOP_COLUMNS = ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'];

function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function table(header: string[], rows: (string | number)[][]): string {
  return `${[header, ...rows].map((r) => r.map(field).join(',')).join('\n')}\n`;
}
function gtfsTime(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}
function records(text: string, file: string, problems: string[]): Record<string, string>[] {
  try {
    return parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<
      string,
      string
    >[];
  } catch (e) {
    problems.push(`${file}: not readable as CSV: ${(e as Error).message}`);
    return [];
  }
}

/**
 * Turns parsed grid trains and a station list (stops.txt columns: stop_id, stop_name, stop_lat,
 * stop_lon, optionally stop_timezone, stop_country, ...) into the files of a GTFS feed: agency,
 * routes (one per `route` value), calendar (one service per distinct days), trips (trip_short_name =
 * the train number), stop_times (timepoint 0 for `~` times) and the stops the trains use. Throws a
 * GridError naming every bad cell.
 */
export function gridToGtfs(
  trains: GridTrain[],
  stations: { text: string; file: string },
  o: GridFeedOptions,
  problems: string[] = [],
): Record<string, string> {
  const stopRows = records(stations.text, stations.file, problems);
  const header = stopRows.length > 0 ? Object.keys(stopRows[0]) : [];
  for (const c of STOP_COLUMNS)
    if (stopRows.length > 0 && !header.includes(c))
      problems.push(`${cellRef(stations.file, 0)}: no ${c} column`);
  const stops = new Map<string, Record<string, string>>();
  stopRows.forEach((row, i) => {
    for (const c of ['stop_lat', 'stop_lon']) {
      if (row[c] !== undefined && !Number.isFinite(Number.parseFloat(row[c])))
        problems.push(
          `${cellRef(stations.file, i + 1, header.indexOf(c))}: ${c} "${row[c]}" is not a number`,
        );
    }
    if (stops.has(row.stop_id))
      problems.push(`${cellRef(stations.file, i + 1, 0)}: stop_id ${row.stop_id} twice`);
    stops.set(row.stop_id, row);
  });
  if (stopRows.length === 0) problems.push(`${stations.file}: no stations`);
  for (const t of trains)
    for (const s of t.stops)
      if (stopRows.length > 0 && !stops.has(s.stopId))
        problems.push(`${s.ref.replace(/C\d+$/, 'C1')}: station ${s.stopId} is not in ${stations.file}`);

  // Agencies: from the agencies file, or one made of the options.
  const agencyRows = o.agencies ? records(o.agencies.text, o.agencies.file, problems) : [];
  const agencyIds = new Set(agencyRows.map((a) => a.agency_id));
  const firstStop = trains[0]?.stops[0] && stops.get(trains[0].stops[0].stopId);
  const timezone = o.timezone ?? firstStop?.stop_timezone;
  const needsDefault = trains.some((t) => !t.agency);
  if (needsDefault && !timezone)
    problems.push('no time zone: pass --timezone or give stations a stop_timezone');
  for (const t of trains)
    if (t.agency && !agencyIds.has(t.agency))
      problems.push(`${t.ref}: agency ${t.agency} is not in ${o.agencies?.file ?? 'an --agencies file'}`);
  const dateOk = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
  if (!dateOk(o.start) || !dateOk(o.end) || o.end < o.start)
    problems.push(
      `validity ${o.start}..${o.end}: expected --start and --end as YYYY-MM-DD, end not before start`,
    );
  if (problems.length > 0) throw new GridError(problems);

  const agencies: (string | number)[][] = agencyRows.map((a) => [
    a.agency_id,
    a.agency_name,
    a.agency_url,
    a.agency_timezone,
    a.agency_lang ?? '',
  ]);
  if (needsDefault)
    agencies.push([
      'grid',
      o.agencyName ?? 'Imported timetable',
      o.agencyUrl ?? 'https://example.org',
      timezone ?? '',
      '',
    ]);

  const routes = new Map<string, (string | number)[]>();
  const services = new Map<number, string>();
  const tripIds = new Set<string>();
  const trips: (string | number)[][] = [];
  const stopTimes: (string | number)[][] = [];
  const usedStops = new Set<string>();
  const nameOf = (id: string) => stops.get(id)?.stop_name ?? id;
  for (const t of trains) {
    const agency = t.agency || 'grid';
    const routeId = t.route || `${agency}-grid`;
    if (!routes.has(routeId)) {
      const long = `${nameOf(t.stops[0].stopId)} — ${nameOf(t.stops[t.stops.length - 1].stopId)}`;
      routes.set(routeId, [routeId, agency, t.route, t.route ? '' : long, 2]);
    }
    let service = services.get(t.days);
    if (!service) {
      service = `days_${[...Array(7)].map((_, d) => ((t.days >> d) & 1 ? '1' : '0')).join('')}`;
      services.set(t.days, service);
    }
    let tripId = t.number;
    for (let n = 2; tripIds.has(tripId); n++) tripId = `${t.number}_${n}`;
    tripIds.add(tripId);
    const headsign = t.headsign || nameOf(t.stops[t.stops.length - 1].stopId);
    trips.push([routeId, service, tripId, headsign, t.number]);
    t.stops.forEach((s, i) => {
      usedStops.add(s.stopId);
      stopTimes.push([
        tripId,
        gtfsTime(s.arrival),
        gtfsTime(s.departure),
        s.stopId,
        i + 1,
        s.estimated ? 0 : 1,
      ]);
    });
  }
  const compact = (d: string) => d.replaceAll('-', '');
  return {
    'agency.txt': table(
      ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'],
      agencies,
    ),
    'stops.txt': table(
      header,
      stopRows.filter((r) => usedStops.has(r.stop_id)).map((r) => header.map((c) => r[c] ?? '')),
    ),
    'routes.txt': table(
      ['route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_type'],
      [...routes.values()],
    ),
    'calendar.txt': table(
      [
        'service_id',
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
        'saturday',
        'sunday',
        'start_date',
        'end_date',
      ],
      [...services].map(([bits, id]) => [
        id,
        ...[...Array(7)].map((_, d) => (bits >> d) & 1),
        compact(o.start),
        compact(o.end),
      ]),
    ),
    'trips.txt': table(['route_id', 'service_id', 'trip_id', 'trip_headsign', 'trip_short_name'], trips),
    'stop_times.txt': table(
      ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence', 'timepoint'],
      stopTimes,
    ),
  };
}
