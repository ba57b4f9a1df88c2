import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';

/** A stop of a fixture: an id, or details (a station is any stop another one names as parent). */
export type StopSpec = string | { id: string; parent?: string; zone?: string; lat?: number; lon?: number };

/**
 * A trip of a fixture. `times` reads like a timetable row, calls separated by commas:
 * `"A 08:00, B 09:00/09:05 -pickup, C 10:00 ~"`: stop id, arrival[/departure] (HH:MM, may pass 24:00),
 * then flags: `-pickup` (pickup_type 1), `-dropoff` (drop_off_type 1), `~` (timepoint 0),
 * `@12.5` (shape_dist_traveled).
 */
export interface TripSpec {
  id: string;
  times: string;
  route?: string;
  agency?: string;
  service?: string;
  block?: string;
  headsign?: string;
  shape?: string;
}

/** A service: days from..to (YYYY-MM-DD) on `weekdays` ('1111100' = Mon-Fri), plus/minus exceptions. */
export interface ServiceSpec {
  from: string;
  to: string;
  weekdays?: string;
  add?: string[];
  remove?: string[];
}

/** A whole fixture; defaults: one agency 'AG' in `zone` (default UTC), service 'daily' all of 2026. */
export interface TimetableSpec {
  zone?: string;
  agencies?: { id: string; zone: string }[];
  stops: StopSpec[];
  trips: TripSpec[];
  services?: Record<string, ServiceSpec>;
  /** transfers.txt rows; with fromTrip/toTrip they are trip-to-trip rules (`Transfers.special`). */
  transfers?: {
    from: string;
    to: string;
    type: number;
    minTime?: number;
    fromTrip?: string;
    toTrip?: string;
  }[];
  /** Shape id -> points [lon, lat, dist?]. */
  shapes?: Record<string, [number, number, number?][]>;
}

/**
 * `Kind.from(items, fn)` as a plain loop: the same element conversion (a typed array store), without
 * the builtin's per-element callback cost, which made up most of building a small fixture.
 */
function typed<A extends { [i: number]: number }, T>(
  Kind: new (length: number) => A,
  items: readonly T[],
  fn: (item: T, i: number) => number,
): A {
  const out = new Kind(items.length);
  for (let i = 0; i < items.length; i++) out[i] = fn(items[i], i);
  return out;
}

function hhmm(s: string): number {
  const [h, m, sec] = s.split(':').map(Number);
  return h * 3600 + m * 60 + (sec ?? 0);
}

/** Builds an engine Timetable from a readable fixture, without the GTFS loader. */
export function buildTimetable(spec: TimetableSpec): Timetable {
  const zone = spec.zone ?? 'UTC';
  const agencies = spec.agencies ?? [{ id: 'AG', zone }];
  const timezones: string[] = [];
  const tzIdx = (z: string) => (timezones.includes(z) ? timezones.indexOf(z) : timezones.push(z) - 1);
  // Stops
  const stopSpecs = spec.stops.map((s) => (typeof s === 'string' ? { id: s } : s));
  const n = stopSpecs.length;
  const stopIndex = new Map<string, number>();
  for (const [i, s] of stopSpecs.entries()) stopIndex.set(s.id, i);
  const parent = new Int32Array(n).fill(-1);
  stopSpecs.forEach((s, i) => {
    if (s.parent !== undefined) parent[i] = stopIndex.get(s.parent) ?? fail(`unknown parent ${s.parent}`);
  });
  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i] >= 0) childCount[parent[i] + 1]++;
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = childStart[i] + childCount[i + 1];
  const childIdx = new Int32Array(childStart[n]);
  const fill = childStart.slice(0, n);
  for (let i = 0; i < n; i++) if (parent[i] >= 0) childIdx[fill[parent[i]]++] = i;
  const locationType = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (childStart[i + 1] > childStart[i]) locationType[i] = 1;
  const stopZone = (i: number): string =>
    stopSpecs[i].zone ?? (parent[i] >= 0 ? stopZone(parent[i]) : agencies[0].zone);
  const stops: Timetable['stops'] = {
    count: n,
    id: stopSpecs.map((s) => s.id),
    name: stopSpecs.map((s) => s.id),
    code: stopSpecs.map(() => ''),
    lat: typed(Float64Array, stopSpecs, (s, i) => s.lat ?? 50 + i * 0.01),
    lon: typed(Float64Array, stopSpecs, (s, i) => s.lon ?? 10 + i * 0.01),
    locationType,
    parent,
    timezone: typed(Uint16Array, stopSpecs, (_, i) => tzIdx(stopZone(i))),
    childStart,
    childIdx,
    country: stopSpecs.map(() => ''),
  };
  // Services
  const services = spec.services ?? { daily: { from: '2026-01-01', to: '2026-12-31' } };
  if (!services.daily) services.daily = { from: '2026-01-01', to: '2026-12-31' };
  const serviceIds = Object.keys(services);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of Object.values(services)) {
    for (const d of [s.from, s.to, ...(s.add ?? [])]) {
      lo = Math.min(lo, dayNumber(d));
      hi = Math.max(hi, dayNumber(d));
    }
  }
  const dayCount = hi - lo + 1;
  const active = new Uint8Array(serviceIds.length * dayCount);
  serviceIds.forEach((id, si) => {
    const s = services[id];
    const wd = s.weekdays ?? '1111111';
    for (let d = dayNumber(s.from); d <= dayNumber(s.to); d++) {
      const monday0 = (new Date(d * 86_400_000).getUTCDay() + 6) % 7;
      if (wd[monday0] === '1') active[si * dayCount + d - lo] = 1;
    }
    for (const d of s.add ?? []) active[si * dayCount + dayNumber(d) - lo] = 1;
    for (const d of s.remove ?? []) active[si * dayCount + dayNumber(d) - lo] = 0;
  });
  // Routes and trips
  const routeIds: string[] = [];
  const routes: Timetable['routes'] = [];
  const blockIds: string[] = [];
  const shapeIds = Object.keys(spec.shapes ?? {});
  const rows: {
    stop: number;
    arr: number;
    dep: number;
    pick: number;
    drop: number;
    tp: number;
    dist: number;
  }[][] = [];
  for (const t of spec.trips) {
    const r = t.route ?? t.id;
    if (!routeIds.includes(r)) {
      routeIds.push(r);
      const agency = agencies.findIndex((a) => a.id === (t.agency ?? agencies[0].id));
      routes.push({ id: r, agency: agency as never, shortName: r, longName: r, type: 2 });
    }
    rows.push(
      t.times.split(',').map((call) => {
        const [stop, time, ...flags] = call.trim().split(/\s+/);
        const [a, d] = time.split('/');
        const dist = flags.find((f) => f.startsWith('@'));
        return {
          stop: stopIndex.get(stop) ?? fail(`unknown stop ${stop} in ${t.id}`),
          arr: hhmm(a),
          dep: hhmm(d ?? a),
          pick: flags.includes('-pickup') ? 1 : 0,
          drop: flags.includes('-dropoff') ? 1 : 0,
          tp: flags.includes('~') ? 0 : 1,
          dist: dist ? Number(dist.slice(1)) : Number.NaN,
        };
      }),
    );
  }
  const total = rows.reduce((s, r) => s + r.length, 0);
  const flat = rows.flat();
  const stStart = new Int32Array(spec.trips.length + 1);
  rows.forEach((r, i) => {
    stStart[i + 1] = stStart[i] + r.length;
  });
  const trips: Timetable['trips'] = {
    count: spec.trips.length,
    id: spec.trips.map((t) => t.id),
    route: typed(Int32Array, spec.trips, (t) => routeIds.indexOf(t.route ?? t.id)),
    service: typed(Int32Array, spec.trips, (t) => {
      const i = serviceIds.indexOf(t.service ?? 'daily');
      return i >= 0 ? i : fail(`unknown service ${t.service}`);
    }),
    headsign: spec.trips.map((t) => t.headsign ?? ''),
    shortName: spec.trips.map((t) => t.id),
    block: typed(Int32Array, spec.trips, (t) =>
      t.block === undefined
        ? -1
        : blockIds.includes(t.block)
          ? blockIds.indexOf(t.block)
          : blockIds.push(t.block) - 1,
    ),
    blockIds,
    shape: typed(Int32Array, spec.trips, (t) => (t.shape ? shapeIds.indexOf(t.shape) : -1)),
    direction: new Int8Array(spec.trips.length),
    stStart,
    stStop: typed(Int32Array, flat, (r) => r.stop),
    stArrival: typed(Int32Array, flat, (r) => r.arr),
    stDeparture: typed(Int32Array, flat, (r) => r.dep),
    stPickup: typed(Uint8Array, flat, (r) => r.pick),
    stDropOff: typed(Uint8Array, flat, (r) => r.drop),
    stTimepoint: typed(Uint8Array, flat, (r) => r.tp),
    stDist: typed(Float64Array, flat, (r) => r.dist),
    stHeadsign: null,
    frequencyOf: spec.trips.map(() => ''),
  };
  if (flat.length !== total) fail('row count');
  // Transfers: stop-to-stop rows, and trip-to-trip rows kept as `special`
  const tripIdx = (id: string) => {
    const i = spec.trips.findIndex((t) => t.id === id);
    return i >= 0 ? i : fail(`unknown trip ${id}`);
  };
  const special = (spec.transfers ?? [])
    .filter((x) => x.fromTrip !== undefined || x.toTrip !== undefined)
    .map((x) => ({
      fromStop: stopIndex.get(x.from) ?? fail(`unknown stop ${x.from}`),
      toStop: stopIndex.get(x.to) ?? fail(`unknown stop ${x.to}`),
      fromRoute: -1,
      toRoute: -1,
      fromTrip: x.fromTrip === undefined ? -1 : tripIdx(x.fromTrip),
      toTrip: x.toTrip === undefined ? -1 : tripIdx(x.toTrip),
      type: x.type,
      minTime: x.minTime ?? -1,
    }));
  const tr = (spec.transfers ?? []).filter((x) => x.fromTrip === undefined && x.toTrip === undefined);
  const transfers: Timetable['transfers'] = {
    count: tr.length,
    fromStop: typed(Int32Array, tr, (x) => stopIndex.get(x.from) ?? fail(`unknown stop ${x.from}`)),
    toStop: typed(Int32Array, tr, (x) => stopIndex.get(x.to) ?? fail(`unknown stop ${x.to}`)),
    type: typed(Uint8Array, tr, (x) => x.type),
    minTime: typed(Int32Array, tr, (x) => x.minTime ?? -1),
    special,
  };
  // Shapes
  const pts = shapeIds.map((id) => spec.shapes![id]);
  const ptStart = new Int32Array(pts.length + 1);
  pts.forEach((p, i) => {
    ptStart[i + 1] = ptStart[i] + p.length;
  });
  const allPts = pts.flat();
  const shapes: Timetable['shapes'] = {
    count: pts.length,
    id: shapeIds,
    ptStart,
    lat: typed(Float64Array, allPts, (p) => p[1]),
    lon: typed(Float64Array, allPts, (p) => p[0]),
    dist: typed(Float64Array, allPts, (p) => p[2] ?? Number.NaN),
  };
  return {
    agencies: agencies.map((a) => ({ id: a.id, name: a.id, url: 'https://example.org', timezone: a.zone })),
    routes,
    stops,
    trips,
    services: { count: serviceIds.length, id: serviceIds, firstDay: lo as never, dayCount, active },
    transfers,
    shapes,
    translations: new Map(),
    feedInfo: null,
    timezones,
    borderAdvisories: [],
    stopIndex: stopIndex as never,
    tripIndex: new Map(spec.trips.map((t, i) => [t.id, i])) as never,
    routeIndex: new Map(routeIds.map((r, i) => [r, i])) as never,
  };
}

function fail(msg: string): never {
  throw new Error(`fixture: ${msg}`);
}
