import { stat } from 'node:fs/promises';
import type { FeedSource, SourceLimits } from './FeedSource.ts';
import { FeedSourceError } from './FeedSource.ts';
import { folderSource } from './folderSource.ts';
import { zipSource } from './zipSource.ts';

/** The source for a path: a folder of `.txt` files, or otherwise a zip file. */
export async function openSource(path: string, limits: SourceLimits = {}): Promise<FeedSource> {
  try {
    return (await stat(path)).isDirectory() ? folderSource(path, limits) : zipSource(path, limits);
  } catch (e) {
    throw new FeedSourceError('FeedUnreadableError', '', `cannot open feed ${path}: ${(e as Error).message}`);
  }
}
