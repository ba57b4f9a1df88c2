import type { RouteIdx, StopIdx, Timetable, TripIdx } from '../timetable/Timetable.ts';
import { buildTrips } from './buildTrips.ts';
import { checkAttributions } from './checkAttributions.ts';
import { checkFaresV1 } from './checkFaresV1.ts';
import { checkFaresV2 } from './checkFaresV2.ts';
import { completeTripTimes } from './completeTripTimes.ts';
import { dropTrips } from './dropTrips.ts';
import type { FeedIds, OpenCsv } from './FeedIds.ts';
import type { FeedSource } from './FeedSource.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { isValidTimezone } from './isValidTimezone.ts';
import { openCsv } from './openCsv.ts';
import { readAgencies } from './readAgencies.ts';
import { readBorderAdvisories } from './readBorderAdvisories.ts';
import { readFeedInfo } from './readFeedInfo.ts';
import { readFrequencies } from './readFrequencies.ts';
import { readRoutes } from './readRoutes.ts';
import { readServices } from './readServices.ts';
import { readShapes } from './readShapes.ts';
import { readStops } from './readStops.ts';
import { readStopTimes } from './readStopTimes.ts';
import { readTransfers } from './readTransfers.ts';
import { readTranslations } from './readTranslations.ts';
import { readTrips } from './readTrips.ts';
import { DROPPED_REFERENCE } from './ValidationReport.ts';

/**
 * Reads every file of a feed, in dependency order (agencies before routes before trips before
 * stop_times...), reporting into `issues`, and assembles the Timetable from what is usable: rows with
 * errors are left out with everything that depends on them (each reader says what it drops), so the
 * Timetable may be empty; `loadFeed` decides whether to serve it. Each file's bytes are dropped once
 * it is read, so at most one big file is in memory at a time.
 */
export async function readFeed(source: FeedSource, issues: IssueCollector): Promise<Timetable> {
  const files = new Set(await source.listFiles());
  const open: OpenCsv = (name, required) => openCsv(source, files, name, required, issues);

  const agencies = readAgencies(
    await open('agency.txt', ['agency_name', 'agency_url', 'agency_timezone']),
    issues,
  );
  const firstZone = agencies.agencies[0]?.timezone ?? '';
  const defaultZone = isValidTimezone(firstZone) ? firstZone : 'UTC';
  const stops = readStops(await open('stops.txt', ['stop_id']), defaultZone, issues);
  const routes = readRoutes(await open('routes.txt', ['route_id', 'route_type']), agencies, issues);
  if (!files.has('calendar.txt') && !files.has('calendar_dates.txt'))
    issues.error(
      'FileRequiredError',
      'calendar.txt',
      0,
      '',
      'a feed needs calendar.txt or calendar_dates.txt (or both)',
      undefined,
      'file',
    );
  const services = readServices(
    await open('calendar.txt', ['service_id', 'start_date', 'end_date']),
    await open('calendar_dates.txt', ['service_id', 'date', 'exception_type']),
    issues,
  );
  const shapes = readShapes(
    await open('shapes.txt', ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence']),
    issues,
  );
  const tripsRead = readTrips(
    await open('trips.txt', ['route_id', 'service_id', 'trip_id']),
    {
      routes: routes.index,
      services: services.index,
      shapes: files.has('shapes.txt') ? shapes.index : null,
      droppedRoutes: routes.dropped,
      droppedServices: services.dropped,
      droppedShapes: shapes.dropped,
    },
    issues,
  );
  const stopTimesRead = readStopTimes(
    await open('stop_times.txt', ['trip_id', 'stop_id', 'stop_sequence']),
    tripsRead.index,
    tripsRead.id,
    {
      index: stops.index,
      locationType: stops.stops.locationType,
      droppedStops: stops.dropped,
      droppedTrips: tripsRead.dropped,
    },
    issues,
  );
  completeTripTimes(stopTimesRead, tripsRead, issues);
  const frequencyTable = readFrequencies(
    await open('frequencies.txt', ['trip_id', 'start_time', 'end_time', 'headway_secs']),
    tripsRead.index,
    tripsRead.dropped,
    issues,
  );
  // A template whose every frequencies.txt row was bad must not run at its template times.
  for (const t of frequencyTable.lostTemplates)
    if (!stopTimesRead.badTrip[t]) {
      stopTimesRead.badTrip[t] = 1;
      issues.dropRows('trips.txt', DROPPED_REFERENCE);
      issues.dropRows(
        'stop_times.txt',
        DROPPED_REFERENCE,
        stopTimesRead.start[t + 1] - stopTimesRead.start[t],
      );
    }
  const { trips, stopTimes, frequencies } = dropTrips(
    tripsRead,
    stopTimesRead,
    frequencyTable.frequencies,
    issues,
  );

  // Routes without trips are allowed (a route may run only in another feed version) but worth a note.
  const used = new Uint8Array(routes.routes.length);
  for (const r of trips.route) if (r >= 0) used[r] = 1;
  routes.routes.forEach((r, i) => {
    if (!used[i])
      issues.warning(
        'UnusedRouteWarning',
        'routes.txt',
        routes.lines[i],
        'route_id',
        `route '${r.id}' has no trips`,
        r.id,
      );
  });

  // Timetable trip index of each trips.txt trip: frequency templates are replaced by their copies.
  const finalOf = new Int32Array(trips.count);
  const isTemplate = new Uint8Array(trips.count);
  for (const f of frequencies) isTemplate[f.trip] = 1;
  for (let t = 0, n = 0; t < trips.count; t++) finalOf[t] = isTemplate[t] ? -1 : n++;
  const transfers = readTransfers(
    await open('transfers.txt', []),
    {
      stops: stops.index,
      routes: routes.index,
      trips: trips.index,
      finalTrip: (t) => finalOf[t],
      dropped: { stops: stops.dropped, routes: routes.dropped, trips: trips.dropped },
    },
    issues,
  );
  const translations = readTranslations(
    await open('translations.txt', ['table_name', 'field_name', 'language', 'translation']),
    issues,
  );
  const feedInfo = readFeedInfo(
    await open('feed_info.txt', ['feed_publisher_name', 'feed_publisher_url', 'feed_lang']),
    issues,
  );
  const borderAdvisories = readBorderAdvisories(
    await open('border_advisories.txt', ['from_country', 'to_country', 'lang', 'advisory', 'source_url']),
    issues,
  );
  const ids: FeedIds = {
    agencies: agencies.index,
    agencyCount: agencies.agencies.length,
    stops: stops.index,
    zones: stops.zoneIds,
    routes: routes.index,
    trips: trips.index,
    routeNetworks: routes.networkIds,
  };
  await checkFaresV1(open, ids, issues);
  await checkFaresV2(open, ids, issues);
  await checkAttributions(open, ids, issues);

  const builtTrips = buildTrips(trips, stopTimes, frequencies);
  const tripIndex = new Map<string, TripIdx>();
  builtTrips.id.forEach((id, i) => {
    tripIndex.set(id, i as TripIdx);
  });
  return {
    agencies: agencies.agencies,
    routes: routes.routes,
    stops: stops.stops,
    trips: builtTrips,
    services: services.services,
    transfers,
    shapes: shapes.shapes,
    translations,
    feedInfo,
    timezones: stops.timezones,
    borderAdvisories,
    stopIndex: stops.index as Map<string, StopIdx>,
    tripIndex,
    routeIndex: routes.index as Map<string, RouteIdx>,
  };
}
