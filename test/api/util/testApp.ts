import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../../server/api/createApp.ts';
import type { ApiWork } from '../../../server/api/offThread/ApiWork.ts';
import { buildNetwork } from '../../../server/feeds/buildNetwork.ts';
import { createReloader } from '../../../server/feeds/createReloader.ts';
import { FeedCatalog } from '../../../server/feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../../server/feeds/LoadedFeed.ts';
import { loadServedFeed } from '../../../server/feeds/loadServedFeed.ts';
import { naturalEarthLocator } from '../../../server/network/naturalEarth.ts';
import type { StopLink } from '../../../server/timetable/merge/mergeStops.ts';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const corridor2024 = join(repoRoot, 'data/feeds/corridor-2024');
export const corridor2026 = join(repoRoot, 'data/feeds/corridor-2026-plan');
export const locator = naturalEarthLocator();

/** Loads feeds (failing the test on any validation error) and builds the real app around them. */
export async function testApp(
  paths: string[],
  options: {
    adminToken?: string;
    rateLimitPerMinute?: number;
    defaultFeed?: string;
    /** A worker pool's work (given the catalog); default the main thread. */
    work?: (catalog: FeedCatalog) => Promise<ApiWork>;
    /** Configured networks: name -> member feed ids. */
    networks?: Map<string, string[]>;
    links?: StopLink[];
  } = {},
) {
  const feeds: LoadedFeed[] = [];
  for (const p of paths) {
    const r = await loadServedFeed(p, locator);
    if (!r.feed) throw new Error(`${p}: ${JSON.stringify(r.report.errors.slice(0, 3))}`);
    feeds.push(r.feed);
  }
  // As main.ts: a network built is handed to the workers at once.
  let work: ApiWork | undefined;
  const catalog = new FeedCatalog(feeds, {
    defaultId: options.defaultFeed,
    networks: {
      named: options.networks,
      build: (id, members) => {
        const net = buildNetwork(id, members, options.links ?? [], locator);
        void work?.publish([net]);
        return net;
      },
      dropped: (id) => work?.forget(id),
    },
  });
  const logger = pino({ level: 'silent' });
  work = await options.work?.(catalog);
  await work?.publish(catalog.networkList());
  const reload = createReloader(catalog, paths, locator, logger, {
    beforeSwap: work ? (fresh) => work.publish(fresh) : undefined,
  });
  const app = createApp({
    catalog,
    logger,
    locator,
    version: 'test',
    reload,
    adminToken: options.adminToken,
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    work,
  });
  return { app, catalog, reload };
}
