import type { Services } from '../model/Timetable.ts';
import { type ActiveTrips, buildActiveTrips } from './ActiveTrips.ts';
import type { RaptorIndex } from './RaptorIndex.ts';

/**
 * ActiveTrips per service day for one index, shared between days that run the same set of services
 * (all ordinary weekdays of a feed, say), so a query on a new date rarely builds anything. Both maps
 * are bounded: when one grows past its limit it starts afresh.
 */
export class ActiveTripsCache {
  private readonly byDay = new Map<number, ActiveTrips>();
  private readonly bySet = new Map<string, ActiveTrips>();

  constructor(
    private readonly idx: RaptorIndex,
    private readonly services: Services,
  ) {}

  /** The running trips of service day `day` (a DayNumber). */
  get(day: number): ActiveTrips {
    let v = this.byDay.get(day);
    if (v) return v;
    const key = this.serviceSet(day);
    v = this.bySet.get(key);
    if (!v) {
      if (this.bySet.size >= 64) this.bySet.clear();
      v = buildActiveTrips(this.idx, this.services, day);
      this.bySet.set(key, v);
    }
    if (this.byDay.size >= 4096) this.byDay.clear();
    this.byDay.set(day, v);
    return v;
  }

  /** The services running on `day`, as a string key. */
  private serviceSet(day: number): string {
    const sv = this.services;
    const col = day - sv.firstDay;
    if (col < 0 || col >= sv.dayCount) return '';
    const on: number[] = [];
    for (let s = 0; s < sv.count; s++) if (sv.active[s * sv.dayCount + col] === 1) on.push(s);
    return on.join(',');
  }
}
