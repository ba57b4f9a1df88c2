import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRaptorData, Router } from '../../server/engine/index.ts';
import { decodeImage, encodeImage } from '../../server/feeds/binaryImage.ts';
import { cachePath, readTimetableCache, writeTimetableCache } from '../../server/feeds/timetableCache.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';

const dir = mkdtempSync(join(tmpdir(), 'corridor-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('binaryImage', () => {
  it('round-trips typed arrays, Maps, non-finite numbers, undefined and $-keys', () => {
    const shared = new Int32Array([1, -2, 3]);
    const value = {
      a: shared,
      b: shared,
      f: new Float64Array([Number.NaN, 1.5, Number.POSITIVE_INFINITY]),
      u: new Uint8Array([255, 0, 7]),
      m: new Map([['x', new Map([['y', 'z']])]]),
      n: [Number.NaN, -0.5, null, 'text'],
      d: undefined,
      $odd: { $t: 0 },
    };
    const back = decodeImage(encodeImage(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.a).toBeInstanceOf(Int32Array);
    expect(back.a).toBe(back.b); // shared arrays stay shared
    expect(Object.is(back.n[0], Number.NaN)).toBe(true);
  });

  it('refuses a buffer that is not an image', () => {
    expect(() => decodeImage(Buffer.from('PK\x03\x04 not a cache'))).toThrow(/not a timetable image/);
  });
});

describe('timetableCache', () => {
  it('round-trips a fixture feed: equal timetable, report and routing index, same journeys', async () => {
    const { timetable, report } = await loadFeed(
      join(import.meta.dirname, '../../data/feeds/corridor-2026-plan'),
    );
    expect(timetable).not.toBeNull();
    const raptor = buildRaptorData(timetable!);
    const file = cachePath(dir, 'corridor-2026-plan', 'abc123');
    writeTimetableCache(file, { timetable: timetable!, report, raptor });
    const back = readTimetableCache(file);
    expect(back).not.toBeNull();
    expect(back!.timetable).toEqual(timetable);
    expect(back!.report).toEqual(report);
    expect(back!.raptor.forward).toEqual(raptor.forward);
    expect(back!.raptor.reverse).toEqual(raptor.reverse);
    expect(back!.raptor.timetable).toBe(back!.timetable);
    // Same answers from the cached index as from a fresh one.
    const tt = timetable!;
    const stations = [...tt.stopIndex.values()].filter((s) => tt.stops.parent[s] < 0).slice(0, 6);
    const fresh = new Router(tt);
    const cached = new Router(back!.raptor);
    const date = tt.feedInfo?.startDate ?? '2026-06-01';
    let found = 0;
    for (const from of stations)
      for (const to of stations) {
        const q = { from: [from], to: [to], date, time: 8 * 3600 };
        const journeys = fresh.plan(q);
        found += journeys.length;
        expect(cached.plan(q)).toEqual(journeys);
      }
    expect(found).toBeGreaterThan(0);
  });

  it('gives null for a missing, foreign or truncated file (the feed is loaded instead)', () => {
    expect(readTimetableCache(join(dir, 'missing.bin'))).toBeNull();
    const foreign = join(dir, 'foreign.bin');
    writeFileSync(foreign, 'hello');
    expect(readTimetableCache(foreign)).toBeNull();
    const truncated = join(dir, 'truncated.bin');
    writeFileSync(
      truncated,
      encodeImage({ timetable: { trips: { stStop: new Int32Array(1000) } } }).subarray(0, 200),
    );
    expect(readTimetableCache(truncated)).toBeNull();
  });

  it('keys the file by feed id, content hash and format', () => {
    expect(cachePath('/c', 'amtrak', '0123abcd')).toMatch(/^\/c\/amtrak-0123abcd-f\d+\.bin$/);
  });
});
