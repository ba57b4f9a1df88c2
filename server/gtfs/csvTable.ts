/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV file (header and rows, LF line ends, a final line break) from a header and rows of values.
 * Columns every row leaves empty are left out (the header with them), so files stay as small as the
 * data, unless `keep` names them (required columns).
 */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  keep: readonly string[] = header,
): string {
  const used = header.map((h, c) => keep.includes(h) || rows.some((r) => r[c] !== '' && r[c] !== undefined));
  const pick = <T>(r: readonly T[]) => r.filter((_, c) => used[c]);
  const lines = [pick(header).join(',')];
  for (const r of rows)
    lines.push(
      pick(r)
        .map((v) => csvField(v ?? ''))
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}
