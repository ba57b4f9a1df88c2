import type { CompareResponse, ComparisonRowDto } from '../../server/api/contract/index.ts';

/** One cell of the origin–destination matrix: the row, its colour class and a short label. */
export interface MatrixCell {
  row: ComparisonRowDto;
  /** CSS modifier: faster, slower, new, lost, same, none. */
  status: ComparisonRowDto['status'];
  /** What the cell shows: the change of the fastest time in minutes ("−64"), "new", "lost", "=" or "". */
  label: string;
  /** Longer text for the cell's tooltip. */
  title: string;
}

/** The matrix: `cells[i][j]` from station i to station j (null on the diagonal). */
export interface ComparisonMatrix {
  stations: CompareResponse['stations'];
  cells: (MatrixCell | null)[][];
}

/** Seconds as whole minutes, "64 min"; "–" for none. */
export const minutesLabel = (s: number | null) => (s === null ? '–' : `${Math.round(s / 60)} min`);

/** A signed whole number of minutes with a real minus sign, e.g. "−64", "+5". */
export function signedMinutes(seconds: number): string {
  const m = Math.round(seconds / 60);
  return m < 0 ? `−${-m}` : m > 0 ? `+${m}` : '0';
}

/** The label of a row's cell (see MatrixCell.label). */
export function cellLabel(r: ComparisonRowDto): string {
  switch (r.status) {
    case 'new':
      return 'new';
    case 'lost':
      return 'lost';
    case 'none':
      return '';
    case 'same':
      return '=';
    default:
      return r.change.fastest === null ? '' : signedMinutes(r.change.fastest);
  }
}

/** Arranges a comparison's rows as an origin–destination matrix in station-list order. */
export function comparisonMatrix(c: CompareResponse): ComparisonMatrix {
  const index = new Map(c.stations.map((s, i) => [s.id, i]));
  const cells: (MatrixCell | null)[][] = c.stations.map(() => c.stations.map(() => null));
  for (const row of c.rows) {
    const i = index.get(row.from.id);
    const j = index.get(row.to.id);
    if (i === undefined || j === undefined) continue;
    const title =
      `${row.from.name} → ${row.to.name}: ${row.status}; fastest ${minutesLabel(row.baseline.fastest)} → ${minutesLabel(row.scenario.fastest)}; ` +
      `journeys ${row.baseline.journeys} → ${row.scenario.journeys}; fewest transfers ${row.baseline.fewestTransfers ?? '–'} → ${row.scenario.fewestTransfers ?? '–'}`;
    cells[i][j] = { row, status: row.status, label: cellLabel(row), title };
  }
  return { stations: c.stations, cells };
}
