import type { Timetable } from '../../server/timetable/Timetable.ts';

/**
 * Internal consistency of a built Timetable: array lengths agree with counts, every index is in
 * range, CSR offsets are monotonic, and times never go backwards within a trip. Returns the problems
 * found (empty when consistent), at most a few per kind.
 */
export function checkTimetable(tt: Timetable): string[] {
  const problems: string[] = [];
  const fail = (m: string) => {
    if (problems.length < 20) problems.push(m);
  };
  const { stops, trips, services, shapes, transfers } = tt;
  for (const [name, len] of [
    ['stops.id', stops.id.length],
    ['stops.name', stops.name.length],
    ['stops.code', stops.code.length],
    ['stops.lat', stops.lat.length],
    ['stops.lon', stops.lon.length],
    ['stops.locationType', stops.locationType.length],
    ['stops.parent', stops.parent.length],
    ['stops.timezone', stops.timezone.length],
    ['stops.country', stops.country.length],
  ] as const)
    if (len !== stops.count) fail(`${name} has ${len} entries for ${stops.count} stops`);
  if (stops.childStart.length !== stops.count + 1) fail('stops.childStart length');
  for (let i = 0; i < stops.count; i++) {
    if (stops.parent[i] < -1 || stops.parent[i] >= stops.count) fail(`stop ${i} parent out of range`);
    if (stops.timezone[i] >= tt.timezones.length) fail(`stop ${i} timezone out of range`);
  }
  for (const c of stops.childIdx) if (stops.parent[c] < 0) fail(`child ${c} has no parent`);
  for (const [name, len] of [
    ['trips.id', trips.id.length],
    ['trips.route', trips.route.length],
    ['trips.service', trips.service.length],
    ['trips.headsign', trips.headsign.length],
    ['trips.block', trips.block.length],
    ['trips.shape', trips.shape.length],
    ['trips.direction', trips.direction.length],
    ['trips.frequencyOf', trips.frequencyOf.length],
  ] as const)
    if (len !== trips.count) fail(`${name} has ${len} entries for ${trips.count} trips`);
  const rows = trips.stStart[trips.count];
  if (trips.stStart.length !== trips.count + 1) fail('trips.stStart length');
  for (const [name, len] of [
    ['stStop', trips.stStop.length],
    ['stArrival', trips.stArrival.length],
    ['stDeparture', trips.stDeparture.length],
    ['stPickup', trips.stPickup.length],
    ['stDropOff', trips.stDropOff.length],
    ['stTimepoint', trips.stTimepoint.length],
    ['stDist', trips.stDist.length],
  ] as const)
    if (len !== rows) fail(`${name} has ${len} rows, stStart says ${rows}`);
  if (trips.stHeadsign && trips.stHeadsign.length !== rows) fail('stHeadsign length');
  for (let t = 0; t < trips.count; t++) {
    const s = trips.stStart[t];
    const e = trips.stStart[t + 1];
    if (e - s < 2) fail(`trip ${trips.id[t]} has ${e - s} stop times`);
    if (trips.route[t] < 0 || trips.route[t] >= tt.routes.length)
      fail(`trip ${trips.id[t]} route out of range`);
    if (trips.service[t] < 0 || trips.service[t] >= services.count)
      fail(`trip ${trips.id[t]} service out of range`);
    if (trips.shape[t] >= shapes.count) fail(`trip ${trips.id[t]} shape out of range`);
    if (trips.block[t] >= trips.blockIds.length) fail(`trip ${trips.id[t]} block out of range`);
    if (tt.tripIndex.get(trips.id[t]) !== t) fail(`tripIndex of ${trips.id[t]}`);
    for (let i = s; i < e; i++) {
      if (trips.stStop[i] < 0 || trips.stStop[i] >= stops.count)
        fail(`trip ${trips.id[t]} stop out of range`);
      if (trips.stDeparture[i] < trips.stArrival[i]) fail(`trip ${trips.id[t]} departs before it arrives`);
      if (i > s && trips.stArrival[i] < trips.stDeparture[i - 1])
        fail(`trip ${trips.id[t]} goes back in time`);
      if (trips.stArrival[i] < 0) fail(`trip ${trips.id[t]} has a negative time`);
    }
  }
  for (const r of tt.routes)
    if (r.agency < 0 || r.agency >= tt.agencies.length) fail(`route ${r.id} agency out of range`);
  if (services.active.length !== services.count * services.dayCount) fail('services.active length');
  if (shapes.ptStart.length !== shapes.count + 1) fail('shapes.ptStart length');
  for (let i = 0; i < transfers.count; i++)
    if (transfers.fromStop[i] >= stops.count || transfers.toStop[i] >= stops.count)
      fail(`transfer ${i} stop out of range`);
  if (tt.stopIndex.size !== stops.count) fail('stopIndex size');
  return problems;
}
