import type { BorderAdvisory } from '../Timetable.ts';

/** Advisories of every member, the first for each (from, to, language) kept. */
export function mergeAdvisories(list: readonly BorderAdvisory[][]): BorderAdvisory[] {
  const seen = new Set<string>();
  const out: BorderAdvisory[] = [];
  for (const a of list.flat()) {
    const key = `${a.fromCountry}\u0000${a.toCountry}\u0000${a.lang}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}
