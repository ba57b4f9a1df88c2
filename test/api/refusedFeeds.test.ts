import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/api/createApp.ts';
import { loadConfig } from '../../server/config.ts';
import { createReloader } from '../../server/feeds/createReloader.ts';
import { FeedCatalog } from '../../server/feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../server/feeds/LoadedFeed.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { type RefusedFeed, refusedFeed } from '../../server/feeds/RefusedFeed.ts';
import { minimalFeed } from '../gtfs/minimalFeed.ts';
import { locator, repoRoot } from './util/testApp.ts';

// Issue 18: a served feed says what it left out; a refused one is listed with its first errors, and a
// request naming it is told it was refused (not "Unknown feed").
const DANGLING = join(repoRoot, 'test/fixtures/gtfs/dangling-stop-times');
const token = 'refused-admin-token-0123456789';
let dir: string;
let catalog: FeedCatalog;
let app: ReturnType<typeof createApp>;
let reload: ReturnType<typeof createReloader>;
let paths: string[];

const writeFeed = (folder: string, files: Record<string, string>) => {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
};
const zipFolder = (folder: string) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(readdirSync(folder).map((f) => [f, new Uint8Array(readFileSync(join(folder, f)))])),
    ),
  );

/** Loads like main.ts: served feeds into the catalog, refused ones listed beside them. */
async function loadLikeMain(list: string[], strict = false) {
  const feeds: LoadedFeed[] = [];
  const refused: RefusedFeed[] = [];
  for (const p of list) {
    const r = await loadServedFeed(p, locator, { strict });
    if (r.feed) feeds.push(r.feed);
    else refused.push(refusedFeed(r.id, p, r.report));
  }
  return new FeedCatalog(feeds, { refused });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-refused-'));
  const noZone = join(dir, 'no-zone');
  writeFeed(
    noZone,
    minimalFeed({
      'agency.txt': 'agency_id,agency_name,agency_url,agency_timezone\nA,X,https://x.org,Not/AZone\n',
    }),
  );
  const dangling = join(dir, 'njt-like');
  cpSync(DANGLING, dangling, { recursive: true });
  paths = [dangling, noZone];
  catalog = await loadLikeMain(paths);
  const logger = pino({ level: 'silent' });
  reload = createReloader(catalog, paths, locator, logger);
  const dataDir = join(dir, 'uploads');
  mkdirSync(dataDir);
  app = createApp({
    catalog,
    logger,
    locator,
    version: 'test',
    reload,
    adminToken: token,
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    rateLimitPerMinute: 0,
    dataDir,
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('refused and partly served feeds (issue 18)', () => {
  it('/api/health: a served feed counts its dropped rows by file and reason; a refused one is listed', async () => {
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('degraded');
    const [served] = res.body.feeds;
    expect(served.id).toBe('njt-like');
    expect(served.errors).toBeGreaterThan(0);
    expect(served.droppedRows).toBe(served.dropped.reduce((n: number, d: { rows: number }) => n + d.rows, 0));
    expect(served.dropped).toContainEqual({ file: 'stop_times.txt', code: 'InvalidReferenceError', rows: 4 });
    expect(served.dropped).toContainEqual({ file: 'trips.txt', code: 'EmptyTripError', rows: 1 });
    expect(res.body.refused).toEqual([
      expect.objectContaining({
        id: 'no-zone',
        reason: expect.stringMatching(/time zone/),
        errorCount: expect.any(Number),
      }),
    ]);
    expect(res.body.refused[0].errors[0]).toMatchObject({
      code: 'InvalidTimezoneError',
      file: 'agency.txt',
      line: 2,
      field: 'agency_timezone',
    });
    expect(JSON.stringify(res.body)).not.toContain(dir); // no server paths leave the process
  });

  it('/api/feeds lists the same', async () => {
    const res = await request(app).get('/api/feeds');
    expect(res.body.feeds.map((f: { id: string }) => f.id)).toEqual(['njt-like']);
    expect(res.body.refused.map((f: { id: string }) => f.id)).toEqual(['no-zone']);
    expect(res.body.feeds[0].dropped.length).toBeGreaterThan(0);
  });

  it('a request naming a refused feed is told it was refused, with the reason and first errors', async () => {
    for (const url of [
      '/api/journeys?from=S1&to=S3&date=2024-01-08&time=07:00&feed=no-zone',
      '/api/stops?q=one&feed=no-zone',
      '/api/stops/S1/departures?date=2024-01-08&feed=no-zone',
      '/api/network?feed=no-zone',
    ]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'feed_refused', param: 'feed' });
      expect(res.body.error.message).toMatch(/no-zone.*refused/);
      expect(res.body.error.message).not.toMatch(/Unknown feed/);
    }
    const unknown = await request(app).get('/api/stops?q=one&feed=nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unknown_feed');
  });

  it('a reload that makes the refused feed usable serves it and takes it off the refused list', async () => {
    writeFeed(paths[1], minimalFeed());
    const res = await request(app).post('/api/admin/reload').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(catalog.refused()).toEqual([]);
    const stops = await request(app).get('/api/stops?q=one&feed=no-zone');
    expect(stops.status).toBe(200);
  });

  it('the upload endpoint takes strict: refused on any error with it, served without the bad rows by default', async () => {
    const body = zipFolder(DANGLING);
    const strict = await request(app)
      .post('/api/feeds?id=njt-strict&strict=true')
      .set('Authorization', `Bearer ${token}`)
      .type('application/zip')
      .send(body);
    expect(strict.status).toBe(422);
    expect(strict.body.error.code).toBe('feed_invalid');
    expect(strict.body.error.details.reason).toMatch(/^strict/);
    const lenient = await request(app)
      .post('/api/feeds?id=njt-lenient')
      .set('Authorization', `Bearer ${token}`)
      .type('application/zip')
      .send(body);
    expect(lenient.status).toBe(201);
    expect(lenient.body.feed.droppedRows).toBeGreaterThan(0);
    expect(lenient.body.errors[0]).toMatchObject({ code: 'InvalidReferenceError', file: 'stop_times.txt' });
  });

  it('the server refuses any feed with errors under --strict / CORRIDOR_STRICT=1', async () => {
    expect(loadConfig({}, ['--strict'], repoRoot).strict).toBe(true);
    expect(loadConfig({ CORRIDOR_STRICT: '1' }, [], repoRoot).strict).toBe(true);
    expect(loadConfig({}, [], repoRoot).strict).toBe(false);
    const strictCatalog = await loadLikeMain([DANGLING], true);
    expect(strictCatalog.list()).toEqual([]);
    expect(strictCatalog.refused()[0]).toMatchObject({
      id: 'dangling-stop-times',
      reason: expect.stringMatching(/^strict/),
    });
  });
});
