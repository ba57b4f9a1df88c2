import type { Services } from './Timetable.ts';

/** Whether service `service` runs on `day` (a DayNumber); false outside the calendar's days. */
export function runsOn(services: Services, service: number, day: number): boolean {
  const col = day - services.firstDay;
  return col >= 0 && col < services.dayCount && services.active[service * services.dayCount + col] === 1;
}
