import { buildShape } from './buildShapes.ts';
import {
  agencyTxt,
  borderAdvisoriesTxt,
  calendarTxt,
  feedInfoTxt,
  routesTxt,
  stopsTxt,
  translationRows,
  translationsTxt,
} from './buildStaticTables.ts';
import { type BuiltTrip, buildTrips, referenceSpeed } from './buildTrips.ts';
import { sortRows } from './byText.ts';
import type { Corridor } from './loadCorridor.ts';
import type { Sources } from './loadSources.ts';
import { renderProvenance } from './renderProvenance.ts';
import { formatGtfsTime } from './time.ts';
import { type Cell, toCsv } from './writeCsv.ts';

/** File name -> content of one generated feed folder (GTFS text files + PROVENANCE.md). */
export type FeedFiles = Map<string, string>;

function tripsTxt(trips: readonly BuiltTrip[], headsign: (stopId: string) => string): string {
  const rows = trips.map((t) => [
    t.service.routeId,
    t.service.serviceId,
    t.service.tripId,
    headsign(t.service.to),
    t.service.trainNumber,
    t.pattern.directionId,
    t.pattern.shapeId,
  ]);
  return toCsv(
    ['route_id', 'service_id', 'trip_id', 'trip_headsign', 'trip_short_name', 'direction_id', 'shape_id'],
    sortRows(rows),
  );
}

/** stop_times.txt: both times always filled; timepoint 1 = published, 0 = estimated. */
function stopTimesTxt(trips: readonly BuiltTrip[]): string {
  const rows: Cell[][] = [];
  for (const t of trips)
    for (const [k, st] of t.times.entries())
      rows.push([
        t.service.tripId,
        formatGtfsTime(st.arrival),
        formatGtfsTime(st.departure),
        st.stopId,
        k + 1,
        st.km.toFixed(1),
        st.timepoint,
      ]);
  return toCsv(
    [
      'trip_id',
      'arrival_time',
      'departure_time',
      'stop_id',
      'stop_sequence',
      'shape_dist_traveled',
      'timepoint',
    ],
    rows,
  );
}

/** Checks that the feed's rows reference each other (route, agency, service, calendar range). */
function checkReferences(sources: Sources, feed: string, trips: readonly BuiltTrip[]): void {
  const f = sources.feeds.find((x) => x.feed === feed)!;
  const routes = new Map(sources.routes.filter((r) => r.feed === feed).map((r) => [r.id, r]));
  const calendars = sources.calendars.filter((c) => c.feed === feed);
  for (const c of calendars)
    if (c.startDate < f.startDate || c.endDate > f.endDate)
      throw new Error(`${feed}/${c.serviceId}: outside feed dates`);
  for (const { service: s } of trips) {
    const route = routes.get(s.routeId);
    if (!route) throw new Error(`${s.tripId}: route ${s.routeId} not in routes.csv for ${feed}`);
    if (route.agencyId !== s.agencyId)
      throw new Error(`${s.tripId}: agency ${s.agencyId} but route has ${route.agencyId}`);
    if (!calendars.some((c) => c.serviceId === s.serviceId))
      throw new Error(`${s.tripId}: unknown service ${s.serviceId}`);
  }
}

/**
 * Builds every file of one feed from the corridor reference data and the source tables. Pure: the same
 * inputs give the same strings (rows sorted, no clock reads).
 */
export function buildFeed(corridor: Corridor, sources: Sources, feed: string): FeedFiles {
  const info = sources.feeds.find((f) => f.feed === feed);
  if (!info) throw new Error(`feed ${feed} not in feeds.csv`);
  const ref = referenceSpeed(corridor, sources);
  const trips = buildTrips(corridor, sources, feed, ref);
  if (trips.length === 0) throw new Error(`feed ${feed} has no trips`);
  checkReferences(sources, feed, trips);
  const routes = sources.routes.filter(
    (r) => r.feed === feed && trips.some((t) => t.service.routeId === r.id),
  );
  const agencies = sources.agencies.filter((a) => routes.some((r) => r.agencyId === a.id));
  const headsign = (stopId: string) => corridor.stations.get(stopId)!.nameRu;
  const shapeRows: Cell[][] = [];
  const usedShapes = [...new Set(trips.map((t) => `${t.service.line}\t${t.pattern.directionId}`))].sort();
  for (const key of usedShapes) {
    const [line, dir] = key.split('\t');
    shapeRows.push(...buildShape(line, corridor.lines.get(line)!, Number(dir) as 0 | 1));
  }
  const files: FeedFiles = new Map();
  files.set('agency.txt', agencyTxt(agencies));
  files.set('border_advisories.txt', borderAdvisoriesTxt(sources));
  files.set('calendar.txt', calendarTxt(sources, feed));
  files.set('feed_info.txt', feedInfoTxt(info));
  files.set('routes.txt', routesTxt(routes));
  files.set(
    'shapes.txt',
    toCsv(
      ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence', 'shape_dist_traveled'],
      shapeRows,
    ),
  );
  files.set('stop_times.txt', stopTimesTxt(trips));
  files.set('stops.txt', stopsTxt(corridor));
  files.set(
    'translations.txt',
    translationsTxt(translationRows(corridor, agencies, routes, new Set(trips.map((t) => t.service.to)))),
  );
  files.set('trips.txt', tripsTxt(trips, headsign));
  files.set('PROVENANCE.md', renderProvenance({ corridor, sources, info, trips, ref, agencies, routes }));
  return files;
}
