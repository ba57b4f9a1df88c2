import { servicesOn } from '../../timetable/servicesOn.ts';
import type { Services } from '../../timetable/Timetable.ts';

/**
 * A value per service day (a DayNumber) that depends only on which services run that day, built once
 * per set of services: all ordinary weekdays of a feed, say, share one. Bounded: when the values held
 * would weigh more than `budget` (each `weigh`s 1 unless told otherwise), or 4096 days are remembered,
 * it starts afresh.
 */
export class ServiceSetCache<T> {
  private readonly byDay = new Map<number, T>();
  private readonly bySet = new Map<string, T>();
  private held = 0;

  constructor(
    private readonly services: Services,
    private readonly build: (running: number[], day: number) => T,
    private readonly budget: number,
    private readonly weigh: (value: T) => number = () => 1,
  ) {}

  /** The value of service day `day`. */
  get(day: number): T {
    let v = this.byDay.get(day);
    if (v !== undefined) return v;
    const running = servicesOn(this.services, day);
    const key = running.join(',');
    v = this.bySet.get(key);
    if (v === undefined) {
      v = this.build(running, day);
      const w = this.weigh(v);
      if (this.held + w > this.budget) {
        this.bySet.clear();
        this.byDay.clear();
        this.held = 0;
      }
      this.bySet.set(key, v);
      this.held += w;
    }
    if (this.byDay.size >= 4096) this.byDay.clear();
    this.byDay.set(day, v);
    return v;
  }
}
