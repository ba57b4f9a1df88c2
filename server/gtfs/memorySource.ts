import type { FeedSource } from './FeedSource.ts';
import { FeedSourceError } from './FeedSource.ts';

/** A feed held as strings, file name -> file text; for tests and generated feeds. */
export function memorySource(files: Record<string, string>, description = 'memory'): FeedSource {
  return {
    description,
    listFiles: async () => Object.keys(files),
    readBytes: async (name) => {
      const text = files[name];
      if (text === undefined)
        throw new FeedSourceError('FileRequiredError', name, `${name} is not in the feed`);
      return Buffer.from(text, 'utf8');
    },
  };
}
