import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Router } from '../../server/engine/index.ts';
import { feedVersion } from '../../server/feeds/feedVersion.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { cachePath, readTimetableCache } from '../../server/feeds/timetableCache.ts';
import { naturalEarthLocator } from '../../server/network/naturalEarth.ts';
import type { StopIdx } from '../../server/timetable/Timetable.ts';
import { sharedPath } from '../util/sharedData.ts';

/**
 * The binary timetable cache on real feeds: the first start writes it, the second starts from it with
 * an equal timetable, report and routing index and the same journeys.
 */
const dir = mkdtempSync(join(tmpdir(), 'corridor-cache-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const locator = naturalEarthLocator();

for (const name of ['amtrak.zip', 'zssk-slovakia-2025.zip']) {
  const path = sharedPath('gtfs', name);
  describe(`timetable cache on ${name}`, () => {
    it('round-trips and serves the same journeys', async () => {
      const first = await loadServedFeed(path, locator, { cacheDir: dir });
      expect(first.feed).not.toBeNull();
      const file = cachePath(dir, first.id, feedVersion(path));
      expect(existsSync(file)).toBe(true);
      const image = readTimetableCache(file)!;
      expect(image.timetable).toEqual(first.feed!.timetable);
      expect(image.report).toEqual(first.report);
      expect(image.raptor.forward).toEqual(first.feed!.router.data.forward);
      expect(image.raptor.reverse).toEqual(first.feed!.router.data.reverse);
      const second = await loadServedFeed(path, locator, { cacheDir: dir });
      expect(second.feed!.version).toBe(first.feed!.version);
      const tt = first.feed!.timetable;
      const cached = new Router(second.feed!.router.data);
      const fresh = new Router(tt);
      const stations = [...tt.stopIndex.values()]
        .filter((s) => tt.stops.parent[s] < 0)
        .slice(0, 12) as StopIdx[];
      const date = first.feed!.serviceFrom!;
      let found = 0;
      for (const from of stations)
        for (const to of stations) {
          const q = { from: [from], to: [to], date, time: 9 * 3600 };
          const js = fresh.plan(q);
          found += js.length;
          expect(cached.plan(q)).toEqual(js);
        }
      expect(found).toBeGreaterThan(0);
    });
  });
}
