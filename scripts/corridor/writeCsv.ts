/** A cell value: strings are written as-is (quoted when needed), numbers with `String()`. */
export type Cell = string | number;

/** Quotes a field when it contains a comma, quote, line break or leading/trailing space (RFC 4180). */
export function csvField(value: Cell): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Renders a CSV document: header line, then rows, each line ending in LF. Rows must have the header's
 * length; rows are written in the given order (callers sort them for deterministic output).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} cells, header ${header.length}`);
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}
