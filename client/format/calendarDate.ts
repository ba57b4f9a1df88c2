import type { Lang } from '../i18n/t.ts';

/**
 * Weekday and month names by hand, not Intl: Debian's Chromium ships ICU without Belarusian data
 * (it falls back to American English), and the page must read the same in every browser.
 */
const NAMES: Record<
  Lang,
  { weekdays: readonly string[]; short: readonly string[]; months: readonly string[]; year: string }
> = {
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    year: '',
  },
  ru: {
    weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
    short: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
    // Genitive, as a date is said: "3 апреля".
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    year: ' г.',
  },
  be: {
    weekdays: ['панядзелак', 'аўторак', 'серада', 'чацвер', 'пятніца', 'субота', 'нядзеля'],
    short: ['пн', 'аў', 'ср', 'чц', 'пт', 'сб', 'нд'],
    months: [
      'студзеня',
      'лютага',
      'сакавіка',
      'красавіка',
      'мая',
      'чэрвеня',
      'ліпеня',
      'жніўня',
      'верасня',
      'кастрычніка',
      'лістапада',
      'снежня',
    ],
    year: ' г.',
  },
};

/** Short weekday names of `lang`, Monday first (`Mon`, `пн`, `пн`). */
export function weekdayNames(lang: Lang): readonly string[] {
  return NAMES[lang].short;
}

function parts(date: string): { weekday: number; day: number; month: number; year: number } {
  const d = new Date(`${date}T12:00:00Z`);
  return {
    weekday: (d.getUTCDay() + 6) % 7,
    day: d.getUTCDate(),
    month: d.getUTCMonth(),
    year: d.getUTCFullYear(),
  };
}

/** A calendar date (YYYY-MM-DD) as a short label with its weekday: `Fri 3 April`, `пт, 3 апреля`. */
export function formatDay(lang: Lang, date: string): string {
  const p = parts(date);
  const n = NAMES[lang];
  const sep = lang === 'en' ? ' ' : ', ';
  return `${n.short[p.weekday]}${sep}${p.day} ${n.months[p.month]}`;
}

/** A calendar date in full: `Friday, 3 April 2026`, `пятница, 3 апреля 2026 г.`. */
export function formatLongDate(lang: Lang, date: string): string {
  const p = parts(date);
  const n = NAMES[lang];
  return `${n.weekdays[p.weekday]}, ${p.day} ${n.months[p.month]} ${p.year}${n.year}`;
}

/** A calendar date with its year, no weekday: `2 April 2026`, `2 апреля 2026 г.`. */
export function formatDate(lang: Lang, date: string): string {
  const p = parts(date);
  const n = NAMES[lang];
  return `${p.day} ${n.months[p.month]} ${p.year}${n.year}`;
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
