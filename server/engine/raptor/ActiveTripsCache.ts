import type { Services } from '../../timetable/Timetable.ts';
import { ServiceSetCache } from '../time/ServiceSetCache.ts';
import { type ActiveTrips, buildActiveTrips } from './ActiveTrips.ts';
import type { RaptorIndex } from './RaptorIndex.ts';

/** Most Int32s the shared lists may hold together (64 MB) before the cache starts afresh. */
const CACHE_INT32S = 16 * 2 ** 20;

/**
 * ActiveTrips per service day for one index, shared between days that run the same set of services
 * (all ordinary weekdays of a feed, say), so a query on a new date rarely builds anything. Bounded by
 * the lists' size (see ServiceSetCache): all of CP's 75 sets of services take 0.4 MB, ZSSK's 221 2.1 MB.
 */
export class ActiveTripsCache extends ServiceSetCache<ActiveTrips> {
  constructor(idx: RaptorIndex, services: Services) {
    super(
      services,
      (_, day) => buildActiveTrips(idx, services, day),
      CACHE_INT32S,
      (a) => a.start.length + a.trips.length,
    );
  }
}
