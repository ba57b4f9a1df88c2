import { readFile } from 'node:fs/promises';
import { type UnzipFileInfo, unzipSync } from 'fflate';
import type { FeedSource, SourceLimits } from './FeedSource.ts';
import { DEFAULT_LIMITS, FeedSourceError } from './FeedSource.ts';

/** A zip entry as the central directory declares it. */
interface Entry {
  path: string;
  size: number;
  originalSize: number;
}

/** Folder part of a zip path ('' at the root). */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * A feed in a zip file. The central directory is read first and sizes checked before anything is
 * inflated: an entry declaring more than `maxFileBytes`, a total over `maxTotalBytes`, or a
 * compression ratio over `maxRatio` (entries over 1 MiB) is refused with `FileTooLargeError`; the
 * inflater never writes past the declared size. Entries with `..` or absolute paths are ignored.
 * When no GTFS file is at the root but all are in one sub-folder (`gtfs/stops.txt`), that folder is
 * the feed.
 */
export function zipSource(path: string, limits: SourceLimits = {}): FeedSource {
  const max = { ...DEFAULT_LIMITS, ...limits };
  let zip: Uint8Array | null = null;
  let entries: Map<string, Entry> | null = null;

  async function load(): Promise<{ zip: Uint8Array; entries: Map<string, Entry> }> {
    if (zip && entries) return { zip, entries };
    try {
      zip = await readFile(path);
    } catch (e) {
      throw new FeedSourceError('FileReadError', '', `cannot read ${path}: ${(e as Error).message}`);
    }
    const all: Entry[] = [];
    try {
      unzipSync(zip, {
        filter: (f: UnzipFileInfo) => {
          const unsafe = f.name.startsWith('/') || f.name.split(/[\\/]/).includes('..');
          if (!unsafe && !f.name.endsWith('/'))
            all.push({ path: f.name, size: f.size, originalSize: f.originalSize });
          return false; // only the directory now; entries are inflated one by one in readBytes
        },
      });
    } catch (e) {
      throw new FeedSourceError(
        'InvalidZipError',
        '',
        `${path} is not a readable zip: ${(e as Error).message}`,
      );
    }
    const txt = all.filter((e) => e.path.endsWith('.txt'));
    const folders = new Set(txt.map((e) => folderOf(e.path)));
    const folder = folders.has('') || folders.size !== 1 ? '' : [...folders][0];
    entries = new Map();
    for (const e of all) if (folderOf(e.path) === folder) entries.set(e.path.slice(folder.length), e);
    return { zip, entries };
  }

  return {
    description: path,
    listFiles: async () => [...(await load()).entries.keys()],
    readBytes: async (name) => {
      const { zip, entries } = await load();
      const entry = entries.get(name);
      if (!entry) throw new FeedSourceError('FileRequiredError', name, `${name} is not in ${path}`);
      let total = 0;
      for (const e of entries.values()) total += e.originalSize;
      if (total > max.maxTotalBytes)
        throw new FeedSourceError(
          'FileTooLargeError',
          name,
          `the zip declares ${total} bytes, over ${max.maxTotalBytes}`,
        );
      if (entry.originalSize > max.maxFileBytes)
        throw new FeedSourceError(
          'FileTooLargeError',
          name,
          `${name} declares ${entry.originalSize} bytes, over ${max.maxFileBytes}`,
        );
      if (entry.originalSize > 2 ** 20 && entry.originalSize > entry.size * max.maxRatio)
        throw new FeedSourceError(
          'FileTooLargeError',
          name,
          `${name} compresses ${Math.round(entry.originalSize / entry.size)}:1, over ${max.maxRatio}:1`,
        );
      try {
        const out = unzipSync(zip, { filter: (f) => f.name === entry.path });
        const bytes = out[entry.path];
        if (!bytes) throw new Error('entry vanished');
        return bytes;
      } catch (e) {
        throw new FeedSourceError('InvalidZipError', name, `cannot inflate ${name}: ${(e as Error).message}`);
      }
    },
  };
}
