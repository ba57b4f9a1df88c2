import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedSource, SourceLimits } from './FeedSource.ts';
import { DEFAULT_LIMITS, FeedSourceError } from './FeedSource.ts';

/** A feed unpacked in a folder: its `*.txt` files (sub-folders are ignored). */
export function folderSource(path: string, limits: SourceLimits = {}): FeedSource {
  const maxFileBytes = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  return {
    description: path,
    listFiles: async () => {
      const entries = await readdir(path, { withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => e.name);
    },
    readBytes: async (name) => {
      const file = join(path, name);
      try {
        const size = (await stat(file)).size;
        if (size > maxFileBytes)
          throw new FeedSourceError(
            'FileTooLargeError',
            name,
            `${name} is ${size} bytes, over ${maxFileBytes}`,
          );
        return await readFile(file);
      } catch (e) {
        if (e instanceof FeedSourceError) throw e;
        throw new FeedSourceError('FileReadError', name, `cannot read ${name}: ${(e as Error).message}`);
      }
    },
  };
}
