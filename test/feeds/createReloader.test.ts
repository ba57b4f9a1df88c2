import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReloader } from '../../server/feeds/createReloader.ts';
import { FeedCatalog } from '../../server/feeds/FeedCatalog.ts';
import { feedVersion } from '../../server/feeds/feedVersion.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { cachePath } from '../../server/feeds/timetableCache.ts';
import { corridor2026, locator } from '../api/util/testApp.ts';

let dir: string;
let feedDir: string;
let cacheDir: string;
let catalog: FeedCatalog;
let reload: ReturnType<typeof createReloader>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-reloader-'));
  feedDir = join(dir, 'corridor-2026-plan');
  cacheDir = join(dir, 'cache');
  cpSync(corridor2026, feedDir, { recursive: true });
  const r = await loadServedFeed(feedDir, locator);
  catalog = new FeedCatalog([r.feed!]);
  reload = createReloader(catalog, [feedDir], locator, pino({ level: 'silent' }), { cacheDir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createReloader with a cache directory', () => {
  it('reports an unchanged feed without loading it (a load would write its cache file)', async () => {
    const before = catalog.get('corridor-2026-plan');
    const out = await reload();
    expect(out).toEqual({ ok: true, feeds: [{ id: 'corridor-2026-plan', status: 'unchanged' }] });
    expect(catalog.get('corridor-2026-plan')).toBe(before);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
  });

  it('loads a changed feed, swaps it in and writes its cache for the next start', async () => {
    const before = catalog.get('corridor-2026-plan');
    const trips = join(feedDir, 'trips.txt');
    writeFileSync(trips, readFileSync(trips, 'utf8').replace(',Витебск,', ',Витебск-Пассажирский,'));
    const out = await reload();
    expect(out.feeds).toEqual([{ id: 'corridor-2026-plan', status: 'reloaded' }]);
    const now = catalog.get('corridor-2026-plan');
    expect(now).not.toBe(before);
    expect(now?.version).toBe(feedVersion(feedDir));
    expect(existsSync(cachePath(cacheDir, 'corridor-2026-plan', now!.version))).toBe(true);
  });

  it('keeps the serving feed when the path has gone, naming the feed', async () => {
    const before = catalog.get('corridor-2026-plan');
    rmSync(feedDir, { recursive: true });
    const out = await reload();
    expect(out.ok).toBe(false);
    expect(out.feeds[0]).toMatchObject({ id: 'corridor-2026-plan', status: 'kept' });
    expect(catalog.get('corridor-2026-plan')).toBe(before);
  });
});
