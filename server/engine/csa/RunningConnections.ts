import type { Services } from '../model/Timetable.ts';
import type { ConnectionIndex } from './ConnectionIndex.ts';

/** Int32 fields per connection in `ConnectionList.data`: dep, arr, from, to, trip, flags (ConnectionIndex). */
export const CONN_FIELDS = 6;

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
 * Per service day (a DayNumber), per zone slot, the connections whose trip runs that day. Days that run
 * the same set of services share their lists; the cache is bounded by its size (it starts afresh when
 * full), as ActiveTripsCache is by count.
 */
export class RunningConnections {
  private readonly byDay = new Map<number, ConnectionList[]>();
  private readonly bySet = new Map<string, ConnectionList[]>();
  private cached = 0;

  constructor(
    readonly cx: ConnectionIndex,
    private readonly services: Services,
    private readonly zoneCount: number,
  ) {}

  /** The running connections of `day`, one list per zone slot. */
  get(day: number): ConnectionList[] {
    let v = this.byDay.get(day);
    if (v) return v;
    const sv = this.services;
    const col = day - sv.firstDay;
    const on: number[] = [];
    if (col >= 0 && col < sv.dayCount)
      for (let s = 0; s < sv.count; s++) if (sv.active[s * sv.dayCount + col] === 1) on.push(s);
    const key = on.join(',');
    v = this.bySet.get(key);
    if (!v) {
      v = this.build(on);
      const size = v.reduce((n, l) => n + l.data.length, 0);
      if (this.cached + size > CACHE_INT32S) {
        this.bySet.clear();
        this.byDay.clear();
        this.cached = 0;
      }
      this.bySet.set(key, v);
      this.cached += size;
    }
    if (this.byDay.size >= 4096) this.byDay.clear();
    this.byDay.set(day, v);
    return v;
  }

  private build(services: number[]): ConnectionList[] {
    const runs = new Uint8Array(this.services.count);
    for (const s of services) runs[s] = 1;
    const { cx } = this;
    const { service, zone } = cx;
    const counts = new Int32Array(this.zoneCount);
    for (let c = 0; c < cx.count; c++) if (runs[service[c]] === 1) counts[zone[c]]++;
    const lists = Array.from(counts, (n) => ({ count: n, data: new Int32Array(n * CONN_FIELDS) }));
    const fill = new Int32Array(this.zoneCount);
    for (let c = 0; c < cx.count; c++) {
      if (runs[service[c]] !== 1) continue;
      const z = zone[c];
      const x = fill[z]++ * CONN_FIELDS;
      const data = lists[z].data;
      data[x] = cx.dep[c];
      data[x + 1] = cx.arr[c];
      data[x + 2] = cx.from[c];
      data[x + 3] = cx.to[c];
      data[x + 4] = cx.trip[c];
      data[x + 5] = cx.flags[c];
    }
    return lists;
  }
}
