import { DateTime } from 'luxon';
import type { JourneyView } from './legView.ts';

/**
 * A journey as one readable line, times as local HH:MM at each stop (with `+1d` when the local date is
 * after `date`): `"08:25 A –T1→ 10:34 B | walk B→C 120s | 10:45 C –T2→ 11:30 D"`. A leg on which the
 * rider stays seated (through train) starts with `=` instead of a time.
 */
export function describeJourney(j: JourneyView, date?: string): string {
  const at = (t: number, zone: string) => {
    const d = DateTime.fromSeconds(t, { zone });
    let s = d.toFormat('HH:mm');
    if (date) {
      const days = Math.round(d.startOf('day').diff(DateTime.fromISO(date, { zone }), 'days').days);
      if (days !== 0) s += `${days > 0 ? '+' : ''}${days}d`;
    }
    return s;
  };
  return j.legs
    .map((l) =>
      l.type === 'walk'
        ? `walk ${l.from.stopId}→${l.to.stopId} ${l.duration}s`
        : `${l.stayOn ? '=' : at(l.from.time, l.from.zone)} ${l.from.stopId} –${l.tripId}→ ${at(l.to.time, l.to.zone)} ${l.to.stopId}`,
    )
    .join(' | ');
}
