import { isUtf8 } from 'node:buffer';
import { CsvReader, MAX_FIELDS } from './CsvReader.ts';
import type { FeedSource } from './FeedSource.ts';
import { FeedSourceError } from './FeedSource.ts';
import type { IssueCollector } from './IssueCollector.ts';

/** Files a feed must have (calendar.txt / calendar_dates.txt: one of the two, checked in loadFeed). */
export const REQUIRED_FILES = new Set([
  'agency.txt',
  'stops.txt',
  'routes.txt',
  'trips.txt',
  'stop_times.txt',
]);

/**
 * Reads one file of the feed and its header. Returns null (with the problem reported) when the file
 * is absent, unreadable, or lacks a required column: a required file in that state is a
 * FileRequiredError, since nothing in it can be used (the feed is then refused for what that leaves
 * out: no agencies, stops or trips). Repeated column names are a FileDuplicateFieldError (the first
 * one is used). A quoted field that never closes leaves out the rest of the file from its row.
 */
export async function openCsv(
  source: FeedSource,
  files: ReadonlySet<string>,
  name: string,
  requiredColumns: readonly string[],
  issues: IssueCollector,
): Promise<CsvReader | null> {
  const requiredFile = REQUIRED_FILES.has(name);
  const unusable = () =>
    issues.error('FileRequiredError', name, 0, '', `required file ${name} cannot be used`, undefined, 'file');
  if (!files.has(name)) {
    if (requiredFile)
      issues.error('FileRequiredError', name, 0, '', `required file ${name} is missing`, undefined, 'file');
    return null;
  }
  let csv: CsvReader;
  try {
    const bytes = await source.readBytes(name);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      issues.error(
        'FileEncodingError',
        name,
        0,
        '',
        `${name} is UTF-16; GTFS files must be UTF-8`,
        undefined,
        'file',
      );
      if (requiredFile) unusable();
      return null;
    }
    // Not UTF-8 (often Latin-1 or cp1251 exports): names would silently turn into U+FFFD.
    if (!isUtf8(bytes)) {
      issues.error(
        'FileEncodingError',
        name,
        0,
        '',
        `${name} is not valid UTF-8; GTFS files must be UTF-8`,
        undefined,
        'file',
      );
      if (requiredFile) unusable();
      return null;
    }
    csv = new CsvReader(
      bytes,
      (line) => {
        issues.error(
          'FileParseError',
          name,
          line,
          '',
          'a quoted field opened here never closes: the rest of the file from this row is left out',
          undefined,
          'file',
        );
        issues.dropRows(name, 'FileParseError');
      },
      (line, fields) =>
        issues.error(
          'FileParseError',
          name,
          line,
          '',
          `a row of ${fields} fields, over ${MAX_FIELDS}: fields past ${MAX_FIELDS} are ignored`,
          undefined,
          'value',
        ),
    );
  } catch (e) {
    const code = e instanceof FeedSourceError ? e.code : 'FileReadError';
    issues.error(code, name, 0, '', (e as Error).message, undefined, 'file');
    if (requiredFile && code !== 'FileRequiredError') unusable();
    return null;
  }
  const seen = new Set<string>();
  for (const column of csv.header) {
    if (column && seen.has(column))
      issues.error(
        'FileDuplicateFieldError',
        name,
        1,
        column,
        `column ${column} appears more than once: the first is read`,
        undefined,
        'value',
      );
    seen.add(column);
  }
  const missing = requiredColumns.filter((c) => csv.column(c) < 0);
  for (const column of missing)
    issues.error(
      'MissingRequiredFieldError',
      name,
      1,
      column,
      `required column ${column} is missing from the header`,
      undefined,
      'file',
    );
  if (missing.length > 0) {
    if (requiredFile)
      issues.error(
        'FileRequiredError',
        name,
        0,
        '',
        `required file ${name} has no usable header (missing ${missing.join(', ')})`,
        undefined,
        'file',
      );
    return null;
  }
  return csv;
}
