/**
 * Where a feed's files come from (like MOTIS nigiri's `dir`): a folder, a zip or strings in memory.
 * File names are GTFS base names (`stops.txt`); a source maps them to wherever they really are.
 * `readBytes` returns the whole file as UTF-8 bytes and rejects with a `FeedSourceError` when the file
 * cannot or must not be read (too large, a suspicious zip entry, an I/O error).
 */
export interface FeedSource {
  /** For messages: the path or a short description. */
  readonly description: string;
  /** Base names of the files the feed holds. */
  listFiles(): Promise<string[]>;
  /** The file's bytes (UTF-8, maybe with a BOM). */
  readBytes(name: string): Promise<Uint8Array>;
}

/** Limits on what a source will read, against zip bombs and runaway files. Bytes unless said otherwise. */
export interface SourceLimits {
  /** Largest declared uncompressed size of one file; default 512 MiB. */
  maxFileBytes?: number;
  /** Largest declared uncompressed size of all files together; default 1 GiB. */
  maxTotalBytes?: number;
  /** Largest uncompressed/compressed ratio of a zip entry over 1 MiB; default 1000. */
  maxRatio?: number;
}

/** Default `SourceLimits`. */
export const DEFAULT_LIMITS: Required<SourceLimits> = {
  maxFileBytes: 512 * 2 ** 20,
  maxTotalBytes: 2 ** 30,
  maxRatio: 1000,
};

/** A file a source refuses or fails to read; `code` becomes the validation issue's code. */
export class FeedSourceError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'FeedSourceError';
  }
}
