import type { Lang } from '../i18n/t.ts';

/**
 * The date and time fields are text fields, not `<input type=date|time>`: a native field takes the
 * browser's locale, so a Russian page in an American browser showed 04/03/2026 and 05:00 AM. These
 * write and read each language's own format (24-hour everywhere).
 */

/** How the date field shows a date (YYYY-MM-DD): `03.04.2026` in ru/be, `03/04/2026` in en (day first). */
export function formatDateInput(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/** The format hint of the date field. */
export function datePlaceholder(lang: Lang): string {
  return { en: 'dd/mm/yyyy', ru: 'дд.мм.гггг', be: 'дд.мм.гггг' }[lang];
}

/** The format hint of the time field. */
export function timePlaceholder(lang: Lang): string {
  return { en: 'hh:mm', ru: 'чч:мм', be: 'гг:хх' }[lang];
}

/**
 * A typed date as YYYY-MM-DD: `3.4.2026`, `03/04/2026`, `3-4-2026` (day first) or ISO `2026-04-03`;
 * undefined for anything else or a day the calendar does not have.
 */
export function parseDateInput(text: string): string | undefined {
  const s = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [d, m, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return undefined;
  const out = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(`${out}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(out) ? out : undefined;
}

/** A typed time as HH:MM (24-hour): `8:05`, `08:05`, `8.05`, `0805`; undefined for anything else. */
export function parseTimeInput(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
