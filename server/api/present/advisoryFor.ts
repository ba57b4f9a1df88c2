import type { BorderAdvisory, Timetable } from '../../timetable/Timetable.ts';

/**
 * The feed's rider advisory for crossing from one country to another, in `lang` when the feed has
 * it, else English, else any language; null when the feed has none for this pair.
 */
export function advisoryFor(
  timetable: Timetable,
  from: string,
  to: string,
  lang: string | undefined,
): BorderAdvisory | null {
  const matches = timetable.borderAdvisories.filter((a) => a.fromCountry === from && a.toCountry === to);
  if (matches.length === 0) return null;
  return matches.find((a) => a.lang === lang) ?? matches.find((a) => a.lang === 'en') ?? matches[0];
}
