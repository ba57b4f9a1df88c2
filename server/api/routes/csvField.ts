/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text starting like a
 * spreadsheet formula (= + - @ tab CR) gets a leading apostrophe, since feed strings are untrusted.
 * Numbers as they are, null as an empty field.
 */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
