import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One CSV record keyed by header name; every value is a string ('' when empty). */
export type CsvRecord = Record<string, string>;

/**
 * Reads a UTF-8 CSV file with a header row into records. Fails (with the file name) on a malformed
 * file or a row whose column count differs from the header, so a broken source table stops the build.
 */
export function readCsv(path: string): CsvRecord[] {
  const text = readFileSync(path, 'utf8');
  try {
    return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRecord[];
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}

/** Returns `record[field]`, failing with file and row context when the column is missing or empty. */
export function required(record: CsvRecord, field: string, where: string): string {
  const value = record[field];
  if (value === undefined || value === '') throw new Error(`${where}: missing ${field}`);
  return value;
}
