import type { ValidationIssue } from '../gtfs/ValidationReport.ts';
import type { CountryNote } from '../network/stopCountries.ts';
import type { Timetable } from '../timetable/Timetable.ts';

/** Warnings of one kind listed at most (one more says how many were left out), as the loader does. */
const MAX_LISTED = 200;

/**
 * The stops whose country was inferred (`locateStopCountries`) as warnings on stops.txt, so that the
 * feed's report (`/api/health`, `corridor validate`... ) says why a stop shows a country its
 * coordinates do not give: `StopCountryNearestWarning` (outside every land polygon, the nearest
 * country within 10 km) and `StopCountryNeighboursWarning` (its line's neighbours all lie in another
 * country: taken to be there, no crossing there and back). A feed silences both with `stop_country`.
 */
export function countryWarnings(tt: Timetable, notes: readonly CountryNote[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const kind of ['nearest', 'neighbours'] as const) {
    const list = notes.filter((n) => n.kind === kind);
    const code = kind === 'nearest' ? 'StopCountryNearestWarning' : 'StopCountryNeighboursWarning';
    for (const n of list.slice(0, MAX_LISTED)) {
      const id = tt.stops.id[n.stop];
      out.push({
        severity: 'warning',
        code,
        file: 'stops.txt',
        line: 0,
        field: 'stop_lat',
        entityId: id,
        message:
          kind === 'nearest'
            ? `stop ${id} lies outside every land polygon; taken to be in ${n.country}, the nearest country within 10 km (give stop_country to say otherwise)`
            : `stop ${id} lies in ${n.located} by its coordinates, but every stop next to it on its trips is in ${n.country}: taken to be in ${n.country}, not a border crossing there and back (give stop_country to say otherwise)`,
      });
    }
    if (list.length > MAX_LISTED)
      out.push({
        severity: 'warning',
        code,
        file: 'stops.txt',
        line: 0,
        field: '',
        message: `${list.length - MAX_LISTED} more ${code} left out`,
      });
  }
  return out;
}
