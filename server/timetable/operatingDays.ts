import type { Services } from './Timetable.ts';

const NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekday abbreviations and "daily" as printed timetables write them in Russian and Belarusian. */
const LOCAL: Record<string, { names: string[]; daily: string }> = {
  ru: { names: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'], daily: 'ежедневно' },
  be: { names: ['пн', 'аў', 'ср', 'чц', 'пт', 'сб', 'нд'], daily: 'штодня' },
};

/** An operatingDaysNote ("daily", "Mon–Fri", "Fri, Sun") in `lang` (ru, be); English otherwise. */
export function localDaysNote(note: string, lang: string | undefined): string {
  const local = lang ? LOCAL[lang] : undefined;
  if (!local) return note;
  if (note === 'daily') return local.daily;
  return note.replace(/Mon|Tue|Wed|Thu|Fri|Sat|Sun/g, (d) => local.names[NAMES.indexOf(d)]);
}

/**
 * The weekdays a service runs on over its whole calendar, as a bit set (bit 0 = Monday): a weekday
 * counts when the service runs on most of the calendar's days of that weekday, so single holiday
 * exceptions do not change the note.
 */
export function serviceWeekdays(services: Services, service: number): number {
  const on = new Array(7).fill(0);
  const all = new Array(7).fill(0);
  for (let c = 0; c < services.dayCount; c++) {
    const wd = (((services.firstDay + c + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    all[wd]++;
    if (services.active[service * services.dayCount + c] === 1) on[wd]++;
  }
  let bits = 0;
  for (let d = 0; d < 7; d++) if (on[d] > 0 && on[d] * 2 >= all[d]) bits |= 1 << d;
  return bits;
}

/**
 * A printed timetable's operating-day note for a weekday bit set: "daily", runs of three or more
 * as ranges ("Mon–Fri"), otherwise a list ("Fri, Sun"); "" for none.
 */
export function operatingDaysNote(bits: number): string {
  if (bits === 0x7f) return 'daily';
  const parts: string[] = [];
  for (let d = 0; d < 7; ) {
    if (!(bits & (1 << d))) {
      d++;
      continue;
    }
    let e = d;
    while (e + 1 < 7 && bits & (1 << (e + 1))) e++;
    if (e - d >= 2) parts.push(`${NAMES[d]}–${NAMES[e]}`);
    else for (let i = d; i <= e; i++) parts.push(NAMES[i]);
    d = e + 1;
  }
  return parts.join(', ');
}
