import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** The shipped feeds, relative to this file (not the working directory). */
export const FEEDS_DIR = join(import.meta.dirname, '../../data/feeds');

/** Reads one GTFS text file of a shipped feed as records keyed by header. */
export function readFeedFile(feed: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(FEEDS_DIR, feed, file), 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
}
