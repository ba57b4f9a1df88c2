import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { minimalFeed } from '../../gtfs/minimalFeed.ts';

/** One hostile feed written to disk, with what the loader must say about it. */
export interface HostileFeed {
  name: string;
  path: string;
  /** Error codes of which at least one must be reported. */
  expect: string[];
}

const MiB = 2 ** 20;

/** Zip of the minimal feed with `files` replacing or adding entries (bytes or text); level 0 stores. */
function zipOf(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Buffer {
  const all: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries({ ...minimalFeed(), ...files }))
    all[k] = typeof v === 'string' ? strToU8(v) : v;
  return Buffer.from(zipSync(all, { level }));
}

/** `n` pseudo-random decimal digits (a fixed LCG): text that does not compress away. */
function digits(n: number): string {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = 48 + ((x >>> 16) % 10);
  }
  return b.toString('latin1');
}

/**
 * Rewrites the central-directory sizes of the entry `name` (what an attacker controls for free):
 * the loader must decide from these before it inflates anything.
 */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p--) {
    if (out.readUInt32LE(p) !== 0x02014b50) continue;
    const len = out.readUInt16LE(p + 28);
    if (out.toString('utf8', p + 46, p + 46 + len) === name) {
      out.writeUInt32LE(size, p + 24);
      return out;
    }
  }
  throw new Error(`no central entry ${name}`);
}

/** A folder-less feed as a zip file in `dir`. */
function writeZip(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, `${name}.zip`);
  writeFileSync(path, bytes);
  return path;
}

const stopsHeader = 'stop_id,stop_name,stop_lat,stop_lon';

/**
 * Generates the hostile feeds of the reliability issue into `dir` (a temp folder): nothing big is
 * committed, everything is built here in a few seconds.
 */
export function writeHostileFeeds(dir: string): HostileFeed[] {
  const feeds: HostileFeed[] = [];
  const add = (name: string, bytes: Uint8Array, expect: string[]) =>
    feeds.push({ name, path: writeZip(dir, name, bytes), expect });

  // A zip bomb: 32 MiB of one byte compress to ~32 KiB (ratio > 1000:1). The same ratio holds at any
  // size, so a larger bomb adds only generation time; declared sizes past the limits are below.
  const bomb = zipOf({ 'shapes.txt': new Uint8Array(32 * MiB).fill(0x30) });
  add('zip-bomb-ratio', bomb, ['FileTooLargeError']);
  // The same bytes, but the directory declares 1000 bytes: the inflater must stop at the declared size.
  add('zip-bomb-lying-size', declareSize(bomb, 'shapes.txt', 1000), ['InvalidZipError']);
  // Declared sizes alone: a 2 GB stop_times.txt (over the 1 GiB feed limit, refused on every file);
  // a 600 MiB one (over the 512 MiB file limit); three 400 MiB files (1.2 GiB in all).
  add('declared-2gb-stop-times', declareSize(zipOf({}), 'stop_times.txt', 2 ** 31), ['FileTooLargeError']);
  add('declared-600mib-stop-times', declareSize(zipOf({}), 'stop_times.txt', 600 * MiB), [
    'FileTooLargeError',
  ]);
  let total = zipOf({});
  for (const f of ['stops.txt', 'trips.txt', 'stop_times.txt']) total = declareSize(total, f, 400 * MiB);
  add('declared-1.2gib-total', total, ['FileTooLargeError']);

  // Entries escaping the feed's folder: ignored, so the feed lacks its stops (and nothing is written).
  const escaping = zipSync({
    ...Object.fromEntries(
      Object.entries(minimalFeed({ 'stops.txt': null })).map(([k, v]) => [k, strToU8(v)]),
    ),
    '../stops.txt': strToU8(minimalFeed()['stops.txt']),
    '/etc/stops.txt': strToU8('x'),
    '..\\..\\stops.txt': strToU8('x'),
  });
  add('dotdot-entries', escaping, ['FileRequiredError']);

  // 10 MB lines: five rows with a 10 MB stop_lat value each (the report must not carry them back
  // whole), and a 10 MB quoted field that never closes.
  const long = digits(10 * MiB);
  const longRows = Array.from({ length: 5 }, (_, i) => `L${i},Long,${long},13.0`).join('\n');
  add(
    'lines-10mb',
    zipOf({
      'stops.txt': `${stopsHeader}\n${longRows}\nS1,One,52.0,13.0\nS2,Two,52.1,13.1\nS3,Three,52.2,13.2\n`,
    }),
    ['InvalidFieldError'],
  );
  add('open-quote-10mb', zipOf({ 'stops.txt': `${stopsHeader}\nS1,"${long}\n` }), ['FileParseError']);

  // 10^6 columns in stops.txt (header and rows).
  const extra = Array.from({ length: 1_000_000 - 4 }, (_, i) => `x${i}`).join(',');
  const blanks = ','.repeat(1_000_000 - 4);
  add(
    'million-columns',
    zipOf({
      'stops.txt': `${stopsHeader},${extra}\nS1,One,52.0,13.0${blanks}\nS2,Two,52.1,13.1${blanks}\nS3,Three,52.2,13.2${blanks}\n`,
    }),
    ['FileParseError'],
  );
  // A 48 MB header of commas, stored (no compression ratio to refuse it): 48M empty column names.
  add('comma-flood-header', zipOf({ 'stops.txt': `${','.repeat(48 * MiB)}\nS1\n` }, 0), ['FileParseError']);
  // The same with the columns all named stop_name: one duplicate-field error per kind, capped.
  add(
    'million-duplicate-columns',
    zipOf({ 'stops.txt': `${stopsHeader}${',stop_name'.repeat(1_000_000 - 4)}\nS1,One,52.0,13.0\n` }),
    ['FileDuplicateFieldError'],
  );
  add(
    'duplicate-header',
    zipOf({ 'stop_times.txt': 'trip_id,arrival_time,departure_time,stop_id,stop_sequence,stop_id\n' }),
    ['FileDuplicateFieldError'],
  );

  // Invalid UTF-8: Latin-1 bytes and a lone continuation byte in names.
  const latin1 = Buffer.concat([
    Buffer.from(`${stopsHeader}\nS1,M`),
    Buffer.from([0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]),
    Buffer.from(',52.0,13.0\nS2,'),
    Buffer.from([0x80, 0xff, 0xfe]),
    Buffer.from(',52.1,13.1\nS3,Three,52.2,13.2\n'),
  ]);
  add('invalid-utf8', zipOf({ 'stops.txt': latin1 }), ['FileEncodingError']);

  // stop_times.txt naming a million trips that do not exist.
  const rows: string[] = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence'];
  for (let i = 0; i < 1_000_000; i++) rows.push(`missing_${i},08:00:00,08:00:00,S1,1`);
  add('million-missing-trips', zipOf({ 'stop_times.txt': `${rows.join('\n')}\n` }), [
    'InvalidReferenceError',
  ]);
  return feeds;
}
