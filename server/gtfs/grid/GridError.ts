/**
 * Problems with a timetable grid or its station list, each naming its cell as `file:R<row>C<col>`
 * (1-based, as a spreadsheet shows them) or `file:R<row>` for a whole row.
 */
export class GridError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.join('\n')}`);
    this.name = 'GridError';
  }
}

/** `file:R<row>C<col>` for 0-based row and column indexes. */
export function cellRef(file: string, row: number, col?: number): string {
  return col === undefined ? `${file}:R${row + 1}` : `${file}:R${row + 1}C${col + 1}`;
}
