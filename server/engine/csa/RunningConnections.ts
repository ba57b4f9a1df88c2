import type { Services } from '../../timetable/Timetable.ts';
import { ServiceSetCache } from '../time/ServiceSetCache.ts';
import type { ConnectionIndex } from './ConnectionIndex.ts';

/**
 * Int32 fields per connection in `ConnectionList.data`: departure, `from`, pattern trip, arrival, `to`
 * (see ConnectionIndex), where `from` is the index's stop count ("no stop") when boarding is not
 * allowed there, and `to` when alighting is not: the scan's tests then need no flags.
 */
export const CONN_FIELDS = 5;

/**
 * The connections of one zone's trips running on one service day, in ConnectionIndex order, copied
 * side by side (CONN_FIELDS Int32 each) so that the scan reads memory in order.
 */
export interface ConnectionList {
  count: number;
  data: Int32Array;
}

/** Most Int32s the shared lists may hold together (96 MB) before the cache starts afresh. */
const CACHE_INT32S = 24 * 2 ** 20;

/**
 * Per service day (a DayNumber), per zone slot, the connections whose trip runs that day (`get(day)`).
 * Days that run the same set of services share their lists; the cache is bounded by the lists' size
 * (see ServiceSetCache).
 */
export class RunningConnections extends ServiceSetCache<ConnectionList[]> {
  constructor(
    readonly cx: ConnectionIndex,
    services: Services,
    readonly zoneCount: number,
  ) {
    super(
      services,
      (running) => buildLists(cx, services.count, zoneCount, running),
      CACHE_INT32S,
      (lists) => lists.reduce((n, l) => n + l.data.length, 0),
    );
  }
}

/** The connections of the `running` services, one list per zone slot. */
function buildLists(
  cx: ConnectionIndex,
  serviceCount: number,
  zoneCount: number,
  running: number[],
): ConnectionList[] {
  const runs = new Uint8Array(serviceCount);
  for (const s of running) runs[s] = 1;
  const { service, zone } = cx;
  const counts = new Int32Array(zoneCount);
  for (let c = 0; c < cx.count; c++) if (runs[service[c]] === 1) counts[zone[c]]++;
  const lists = Array.from(counts, (n) => ({ count: n, data: new Int32Array(n * CONN_FIELDS) }));
  const fill = new Int32Array(zoneCount);
  for (let c = 0; c < cx.count; c++) {
    if (runs[service[c]] !== 1) continue;
    const z = zone[c];
    const x = fill[z]++ * CONN_FIELDS;
    const data = lists[z].data;
    data[x] = cx.dep[c];
    data[x + 1] = (cx.flags[c] & 1) !== 0 ? cx.from[c] : cx.stopCount;
    data[x + 2] = cx.trip[c];
    data[x + 3] = cx.arr[c];
    data[x + 4] = (cx.flags[c] & 2) !== 0 ? cx.to[c] : cx.stopCount;
  }
  return lists;
}
