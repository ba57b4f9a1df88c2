import type {
  Agency,
  AgencyIdx,
  Route,
  RouteIdx,
  Shapes,
  SpecialTransfer,
  StopIdx,
  Timetable,
  Transfers,
  TripIdx,
  Trips,
} from '../Timetable.ts';
import { mergeAdvisories } from './mergeAdvisories.ts';
import { mergeFeedInfo } from './mergeFeedInfo.ts';
import { mergeServices } from './mergeServices.ts';
import { type CrossFeedStation, mergeStops, type StopLink } from './mergeStops.ts';
import { mergeTranslations } from './mergeTranslations.ts';
import { qualifiedIds } from './qualifiedIds.ts';

/** One member of a network: a feed's id and its timetable. */
export interface TimetablePart {
  id: string;
  timetable: Timetable;
}

/**
 * Several feeds as one Timetable, and where each part of it came from. Trips (and routes, shapes)
 * keep their member's order, member after member; stops are shared where feeds name one place.
 */
export interface MergedTimetable {
  timetable: Timetable;
  /** Member feed ids, in order. */
  feeds: string[];
  /** Trips of member k are [tripStart[k], tripStart[k + 1]). */
  tripStart: Int32Array;
  /** Per member: its StopIdx -> the merged StopIdx (a station merged into another's maps to that one). */
  stopMaps: Int32Array[];
  /** Ids standing for several merged stops (one id, different places), or for a merged-away station. */
  aliases: Map<string, StopIdx[]>;
  /** Stations formed from stops of several feeds, and why. */
  stations: CrossFeedStation[];
  /** Links naming a stop none of the members has. */
  unknownLinks: StopLink[];
}

/**
 * Merges the timetables of several feeds into one that the engine routes over unchanged: journeys
 * may change between feeds wherever their stops are one stop or one station (`mergeStops`). Ids stay
 * unique: a route, trip, service, shape, block or agency id used by several members becomes
 * `<feed>:<id>` in each (an agency with the same id, name, URL and zone in several is one agency).
 * Each trip keeps its own agency's zone, so times need no conversion. Pure; the parts are not changed.
 */
export function mergeTimetables(
  parts: readonly TimetablePart[],
  links: readonly StopLink[] = [],
): MergedTimetable {
  if (parts.length === 0) throw new Error('mergeTimetables needs at least one timetable');
  const feeds = parts.map((p) => p.id);
  const tts = parts.map((p) => p.timetable);
  const stops = mergeStops(parts, links);

  // Agencies: one per (id, name, url, zone); a shared id with different contents is qualified below.
  const agencies: Agency[] = [];
  const agencyKey = new Map<string, number>();
  const agencyMaps = tts.map((tt) =>
    tt.agencies.map((a) => {
      const key = `${a.id}\u0000${a.name}\u0000${a.url}\u0000${a.timezone}`;
      let m = agencyKey.get(key);
      if (m === undefined) {
        m = agencies.length;
        agencyKey.set(key, m);
        agencies.push({ ...a });
      }
      return m;
    }),
  );
  const agencyIdUsers = new Map<string, Set<number>>();
  agencies.forEach((a, i) => {
    agencyIdUsers.set(a.id, (agencyIdUsers.get(a.id) ?? new Set()).add(i));
  });
  const agencyFeed = new Map<number, number>();
  agencyMaps.forEach((map, k) => {
    for (const m of map) if (!agencyFeed.has(m)) agencyFeed.set(m, k);
  });
  agencies.forEach((a, i) => {
    if ((agencyIdUsers.get(a.id)?.size ?? 0) > 1) a.id = `${feeds[agencyFeed.get(i)!]}:${a.id}`;
  });

  const routeIds = qualifiedIds(
    feeds,
    tts.map((tt) => tt.routes.map((r) => r.id)),
  );
  const routeStart: number[] = [0];
  const routes: Route[] = [];
  tts.forEach((tt, k) => {
    tt.routes.forEach((r, i) => {
      routes.push({ ...r, id: routeIds[k][i], agency: agencyMaps[k][r.agency] as AgencyIdx });
    });
    routeStart.push(routes.length);
  });
  const services = mergeServices(
    tts.map((tt) => tt.services),
    qualifiedIds(
      feeds,
      tts.map((tt) => tt.services.id),
    ),
  );
  const serviceStart: number[] = [0];
  for (const tt of tts) serviceStart.push(serviceStart[serviceStart.length - 1] + tt.services.count);
  const shapeIds = qualifiedIds(
    feeds,
    tts.map((tt) => tt.shapes.id),
  );
  const shapes = concatShapes(
    tts.map((tt) => tt.shapes),
    shapeIds.flat(),
  );
  const shapeStart: number[] = [0];
  for (const tt of tts) shapeStart.push(shapeStart[shapeStart.length - 1] + tt.shapes.count);
  const tripIds = qualifiedIds(
    feeds,
    tts.map((tt) => tt.trips.id),
  );
  const blockIds = qualifiedIds(
    feeds,
    tts.map((tt) => tt.trips.blockIds),
  );
  const { trips, tripStart } = concatTrips(tts, feeds, tripIds, blockIds, stops.stopMaps, {
    route: routeStart,
    service: serviceStart,
    shape: shapeStart,
  });
  const transfers = concatTransfers(tts, stops.stopMaps, routeStart, tripStart);
  const timetable: Timetable = {
    agencies,
    routes,
    stops: stops.stops,
    trips,
    services,
    transfers,
    shapes,
    translations: mergeTranslations(tts, {
      stops: stops.stops.id,
      stopMaps: stops.stopMaps,
      routes: routeIds,
      trips: tripIds,
      agencies: agencyMaps.map((map) => map.map((m) => agencies[m].id)),
    }),
    feedInfo: mergeFeedInfo(tts.map((tt) => tt.feedInfo)),
    timezones: stops.timezones,
    borderAdvisories: mergeAdvisories(tts.map((tt) => tt.borderAdvisories)),
    stopIndex: stops.stopIndex,
    tripIndex: new Map(trips.id.map((id, i) => [id, i as TripIdx])),
    routeIndex: new Map(routes.map((r, i) => [r.id, i as RouteIdx])),
  };
  return {
    timetable,
    feeds,
    tripStart,
    stopMaps: stops.stopMaps,
    aliases: stops.aliases,
    stations: stops.stations,
    unknownLinks: stops.unknownLinks,
  };
}

/** Trips member after member, with their routes, services, shapes, blocks and stops renumbered. */
function concatTrips(
  tts: readonly Timetable[],
  feeds: readonly string[],
  ids: string[][],
  blockIds: string[][],
  stopMaps: Int32Array[],
  start: { route: number[]; service: number[]; shape: number[] },
): { trips: Trips; tripStart: Int32Array } {
  const count = tts.reduce((n, tt) => n + tt.trips.count, 0);
  const rows = tts.reduce((n, tt) => n + tt.trips.stStop.length, 0);
  const withHeadsigns = tts.some((tt) => tt.trips.stHeadsign);
  const t: Trips = {
    count,
    id: ids.flat(),
    route: new Int32Array(count),
    service: new Int32Array(count),
    headsign: [],
    shortName: [],
    block: new Int32Array(count),
    blockIds: blockIds.flat(),
    shape: new Int32Array(count),
    direction: new Int8Array(count),
    stStart: new Int32Array(count + 1),
    stStop: new Int32Array(rows),
    stArrival: new Int32Array(rows),
    stDeparture: new Int32Array(rows),
    stPickup: new Uint8Array(rows),
    stDropOff: new Uint8Array(rows),
    stTimepoint: new Uint8Array(rows),
    stDist: new Float64Array(rows),
    stHeadsign: withHeadsigns ? [] : null,
    frequencyOf: [],
  };
  const tripStart = new Int32Array(tts.length + 1);
  let trip = 0;
  let row = 0;
  let block = 0;
  tts.forEach((tt, k) => {
    const src = tt.trips;
    tripStart[k] = trip;
    for (let i = 0; i < src.count; i++, trip++) {
      t.route[trip] = start.route[k] + src.route[i];
      t.service[trip] = start.service[k] + src.service[i];
      t.shape[trip] = src.shape[i] < 0 ? -1 : start.shape[k] + src.shape[i];
      t.block[trip] = src.block[i] < 0 ? -1 : block + src.block[i];
      t.direction[trip] = src.direction[i];
      t.headsign.push(src.headsign[i]);
      t.shortName.push(src.shortName[i]);
      const template = src.frequencyOf[i];
      t.frequencyOf.push(template && ids[k][i] !== src.id[i] ? `${feeds[k]}:${template}` : template);
      t.stStart[trip] = row + src.stStart[i];
    }
    const n = src.stStop.length;
    const map = stopMaps[k];
    for (let r = 0; r < n; r++) t.stStop[row + r] = map[src.stStop[r]];
    t.stArrival.set(src.stArrival, row);
    t.stDeparture.set(src.stDeparture, row);
    t.stPickup.set(src.stPickup, row);
    t.stDropOff.set(src.stDropOff, row);
    t.stTimepoint.set(src.stTimepoint, row);
    t.stDist.set(src.stDist, row);
    if (t.stHeadsign) for (let r = 0; r < n; r++) t.stHeadsign.push(src.stHeadsign?.[r] ?? '');
    row += n;
    block += src.blockIds.length;
  });
  t.stStart[count] = row;
  tripStart[tts.length] = trip;
  return { trips: t, tripStart };
}

function concatTransfers(
  tts: readonly Timetable[],
  stopMaps: Int32Array[],
  routeStart: number[],
  tripStart: Int32Array,
): Transfers {
  const fromStop: number[] = [];
  const toStop: number[] = [];
  const type: number[] = [];
  const minTime: number[] = [];
  const special: SpecialTransfer[] = [];
  const at = (map: Int32Array, s: number) => (s < 0 ? -1 : map[s]);
  tts.forEach((tt, k) => {
    const x = tt.transfers;
    const map = stopMaps[k];
    for (let i = 0; i < x.count; i++) {
      fromStop.push(map[x.fromStop[i]]);
      toStop.push(map[x.toStop[i]]);
      type.push(x.type[i]);
      minTime.push(x.minTime[i]);
    }
    for (const s of x.special)
      special.push({
        ...s,
        fromStop: at(map, s.fromStop),
        toStop: at(map, s.toStop),
        fromRoute: s.fromRoute < 0 ? -1 : routeStart[k] + s.fromRoute,
        toRoute: s.toRoute < 0 ? -1 : routeStart[k] + s.toRoute,
        fromTrip: s.fromTrip < 0 ? -1 : tripStart[k] + s.fromTrip,
        toTrip: s.toTrip < 0 ? -1 : tripStart[k] + s.toTrip,
      });
  });
  return {
    count: fromStop.length,
    fromStop: Int32Array.from(fromStop),
    toStop: Int32Array.from(toStop),
    type: Uint8Array.from(type),
    minTime: Int32Array.from(minTime),
    special,
  };
}

/** Shapes member after member. */
function concatShapes(list: readonly Shapes[], ids: string[]): Shapes {
  const points = list.reduce((n, s) => n + s.lat.length, 0);
  const ptStart = new Int32Array(ids.length + 1);
  const lat = new Float64Array(points);
  const lon = new Float64Array(points);
  const dist = new Float64Array(points);
  let shape = 0;
  let at = 0;
  for (const s of list) {
    for (let i = 0; i < s.count; i++) ptStart[shape + i] = at + s.ptStart[i];
    lat.set(s.lat, at);
    lon.set(s.lon, at);
    dist.set(s.dist, at);
    shape += s.count;
    at += s.lat.length;
  }
  ptStart[shape] = at;
  return { count: ids.length, id: ids, ptStart, lat, lon, dist };
}
