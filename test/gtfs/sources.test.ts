import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { zipSource } from '../../server/gtfs/zipSource.ts';
import { MINIMAL_DIR, minimalFeed } from './minimalFeed.ts';

const tmp = mkdtempSync(join(tmpdir(), 'corridor-gtfs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a zip of `entries` (path -> text) and returns its path. */
function writeZip(name: string, entries: Record<string, string>): string {
  const path = join(tmp, name);
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))));
  return path;
}

describe('feed sources', () => {
  it('loads a folder', async () => {
    const { timetable, report } = await loadFeed(MINIMAL_DIR);
    expect(report.errors).toEqual([]);
    expect(timetable!.trips.id).toEqual(['T1']);
  });

  it('loads a zip, and a zip whose files all sit in one sub-folder', async () => {
    const flat = await loadFeed(writeZip('flat.zip', minimalFeed()));
    expect(flat.report.errors).toEqual([]);
    const nested = Object.fromEntries(Object.entries(minimalFeed()).map(([k, v]) => [`gtfs/${k}`, v]));
    const sub = await loadFeed(writeZip('nested.zip', nested));
    expect(sub.report.errors).toEqual([]);
    expect(sub.timetable!.stops.count).toBe(3);
    const mac = await loadFeed(
      writeZip('mac.zip', {
        ...nested,
        '__MACOSX/gtfs/._stops.txt': 'junk',
        'README.txt': 'about this feed',
      }),
    );
    expect(mac.report.errors).toEqual([]);
  });

  it('reads a zip (written by Python) with zip64 local headers, in a sub-folder', async () => {
    const { report, timetable } = await loadFeed(join(MINIMAL_DIR, '../minimal-zip64-local.zip'));
    expect(report.errors).toEqual([]);
    expect(timetable!.stops.name).toEqual(['One', 'Two', 'Three']);
  });

  it('reads stored (uncompressed) zip entries', async () => {
    const path = join(tmp, 'stored.zip');
    const files = Object.fromEntries(Object.entries(minimalFeed()).map(([k, v]) => [k, strToU8(v)]));
    writeFileSync(path, zipSync(files, { level: 0 }));
    const { report, timetable } = await loadFeed(path);
    expect(report.errors).toEqual([]);
    expect(timetable!.trips.stStop).toHaveLength(3);
  });

  it('ignores zip entries with ../ paths', async () => {
    const source = zipSource(writeZip('evil.zip', { ...minimalFeed(), '../evil.txt': 'x' }));
    expect((await source.listFiles()).sort()).toEqual(Object.keys(minimalFeed()).sort());
  });

  it('refuses entries larger than the limit before inflating them', async () => {
    const path = writeZip('big.zip', { ...minimalFeed(), 'stop_times.txt': 'x'.repeat(5000) });
    const { report, timetable } = await loadFeed(path, { maxFileBytes: 4096 });
    expect(timetable).toBeNull();
    expect(report.errors[0]).toMatchObject({ code: 'FileTooLargeError', file: 'stop_times.txt', line: 0 });
  });

  it('refuses a suspicious compression ratio', async () => {
    const path = writeZip('bomb.zip', { ...minimalFeed(), 'shapes.txt': '0'.repeat(3 * 2 ** 20) });
    const { report } = await loadFeed(path);
    expect(report.errors).toMatchObject([{ code: 'FileTooLargeError', file: 'shapes.txt' }]);
  });

  it('reports an unreadable path or a file that is not a zip instead of throwing', async () => {
    const missing = await loadFeed(join(tmp, 'nope.zip'));
    expect(missing.report.errors).toMatchObject([{ code: 'FeedUnreadableError', line: 0 }]);
    const notZip = join(tmp, 'not.zip');
    writeFileSync(notZip, 'hello');
    const bad = await loadFeed(notZip);
    expect(bad.timetable).toBeNull();
    expect(bad.report.errors).toMatchObject([{ code: 'InvalidZipError' }]);
  });
});
