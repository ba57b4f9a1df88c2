import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared beside the repository (the suites that read it fail, never skip, when it is missing). */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

/** The six real feeds of ../shared/gtfs (its SOURCES.md). */
export const REAL_FEEDS = [
  'amtrak.zip',
  'cp-portugal-2026.zip',
  'db-fernverkehr-2023.zip',
  'mta-metro-north-2026.zip',
  'mta-subway-2026.zip',
  'zssk-slovakia-2025.zip',
] as const;

/**
 * The path of `parts` under ../shared, which must exist: a missing file throws while the suite is
 * collected, so the run fails loudly and names what is missing instead of skipping its tests.
 */
export function sharedPath(...parts: string[]): string {
  const p = join(SHARED_DIR, ...parts);
  if (!existsSync(p))
    throw new Error(`${p} is missing: the shared suites need ../shared beside the repository (see README)`);
  return p;
}

/** Paths of the real feeds (all of REAL_FEEDS, each required), and any further zip found beside them. */
export function realFeedPaths(): string[] {
  const dir = sharedPath('gtfs');
  const names = new Set<string>(REAL_FEEDS);
  for (const f of readdirSync(dir)) if (f.endsWith('.zip')) names.add(f);
  return [...names].sort().map((n) => sharedPath('gtfs', n));
}
