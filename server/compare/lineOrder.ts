import type { Line } from '../network/findLines.ts';
import type { Timetable } from '../timetable/Timetable.ts';

/** What lineOrder reads of a loaded feed. */
export interface LinesView {
  timetable: Timetable;
  lines: Line[];
}

/**
 * Station ids in line order, as a planner reads a matrix: walking the feeds' lines (the first feed's
 * first, each line from one end to the other), each id where it first appears; ids on no line after
 * them, by id. Neighbours on a line stay neighbours in the matrix (Smolensk, Krasnoye, Shukhovtsy,
 * Orsha, …) instead of the alphabet's order.
 */
export function lineOrder(ids: readonly string[], feeds: readonly LinesView[]): string[] {
  const wanted = new Set(ids);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of feeds)
    for (const line of f.lines)
      for (const s of line.stations) {
        const id = f.timetable.stops.id[s];
        if (wanted.has(id) && !seen.has(id)) {
          seen.add(id);
          out.push(id);
        }
      }
  return [...out, ...[...wanted].filter((id) => !seen.has(id)).sort()];
}
