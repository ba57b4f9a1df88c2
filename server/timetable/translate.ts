import type { Timetable } from './Timetable.ts';

/**
 * A feed string in `lang` from translations.txt, matched by record id first, then by the original
 * value (the two forms GTFS allows); the original when the feed has no translation. Language tags
 * match on their primary subtag too (`ru-RU` finds `ru`).
 */
export function translate(
  timetable: Timetable,
  table: string,
  field: string,
  recordId: string,
  original: string,
  lang: string | undefined,
): string {
  if (!lang) return original;
  const byKey = timetable.translations.get(table)?.get(field);
  if (!byKey) return original;
  const primary = lang.split('-')[0].toLowerCase();
  for (const key of [recordId, original]) {
    const perLang = byKey.get(key);
    if (!perLang) continue;
    const text = perLang.get(lang) ?? perLang.get(primary);
    if (text !== undefined) return text;
  }
  return original;
}
