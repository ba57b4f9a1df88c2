import type { Services } from './Timetable.ts';

/** The services (ServiceIdx, ascending) running on `day` (a DayNumber); none outside the calendar. */
export function servicesOn(services: Services, day: number): number[] {
  const col = day - services.firstDay;
  const on: number[] = [];
  if (col >= 0 && col < services.dayCount)
    for (let s = 0; s < services.count; s++)
      if (services.active[s * services.dayCount + col] === 1) on.push(s);
  return on;
}
