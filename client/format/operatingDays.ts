import type { Lang } from '../i18n/t.ts';
import { weekdayNames } from './calendarDate.ts';

const DAILY: Record<Lang, string> = { en: 'daily', ru: 'ежедневно', be: 'штодня' };

/**
 * The days a train runs (ISO weekdays, 1 = Monday) as a timetable prints them in `lang`:
 * `daily`, `Mon–Fri`, `Fri, Sun`; runs of three or more days joined with a dash.
 */
export function operatingDaysText(lang: Lang, weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (days.length === 7) return DAILY[lang];
  const names = weekdayNames(lang);
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    if (j - i >= 2) parts.push(`${names[days[i] - 1]}–${names[days[j] - 1]}`);
    else for (let k = i; k <= j; k++) parts.push(names[days[k] - 1]);
    i = j + 1;
  }
  return parts.join(', ');
}
