import { parentPort, workerData } from 'node:worker_threads';
import { feedParts } from '../../feeds/feedParts.ts';
import { loadServedFeed, type ServedFeedOptions } from '../../feeds/loadServedFeed.ts';
import { naturalEarthLocator } from '../../network/naturalEarth.ts';
import { shareArrays } from '../../workers/shareArrays.ts';
import type { LoaderReply } from './loadFeedOffThread.ts';
import { networkBody } from './networkBody.ts';

/**
 * A one-feed loader thread (see loadFeedOffThread): reads, validates and prepares the feed named in
 * `workerData`, builds its default network GeoJSON, and posts the feed back as parts whose typed
 * arrays live on SharedArrayBuffers (nothing big is copied on the way back, nor to the pool).
 */
const port = parentPort;
if (!port) throw new Error('feedLoaderWorker runs in a worker thread');
const { path, options } = workerData as { path: string; options: ServedFeedOptions };
const r = await loadServedFeed(path, naturalEarthLocator(), options);
let reply: LoaderReply;
if (r.feed) {
  r.feed.networkCache.set('', networkBody(r.feed, naturalEarthLocator(), undefined));
  reply = { id: r.id, report: r.report, millis: r.millis, parts: shareArrays(feedParts(r.feed)) };
} else reply = { id: r.id, report: r.report, millis: r.millis, parts: null };
port.postMessage(reply);
