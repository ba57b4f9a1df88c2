import { type Lang, t } from '../i18n/t.ts';

/** A duration in seconds as `2 h 09 min` / `2 ч 09 мин` / `45 min`, rounded to the minute. */
export function formatDuration(lang: Lang, seconds: number): string {
  const total = Math.max(0, Math.round(seconds / 60));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t(lang, 'duration.m', { m });
  return t(lang, 'duration.hm', { h, m: String(m).padStart(2, '0') });
}
