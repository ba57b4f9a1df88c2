import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadOptions, loadFeed } from '../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../server/gtfs/memorySource.ts';

/** Folder of the smallest valid feed: one agency, three stops, one route, one weekday service, one trip. */
export const MINIMAL_DIR = join(import.meta.dirname, '../fixtures/gtfs/minimal');

/** The minimal feed's files as strings, with `changes` replacing (or adding) whole files; `null` removes one. */
export function minimalFeed(changes: Record<string, string | null> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(MINIMAL_DIR)) files[f] = readFileSync(join(MINIMAL_DIR, f), 'utf8');
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) delete files[name];
    else files[name] = text;
  }
  return files;
}

/** Loads the minimal feed with `changes` applied (see `minimalFeed`). */
export function loadMinimal(changes: Record<string, string | null> = {}, options: LoadOptions = {}) {
  return loadFeed(memorySource(minimalFeed(changes)), options);
}

/** Lines joined with '\n' (and a final one): a CSV file written in a test. */
export const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
