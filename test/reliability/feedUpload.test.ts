import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/api/createApp.ts';
import { loadConfig, uploadedFeeds } from '../../server/config.ts';
import { createReloader } from '../../server/feeds/createReloader.ts';
import { FeedCatalog } from '../../server/feeds/FeedCatalog.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { corridor2026, locator, repoRoot } from '../api/util/testApp.ts';
import { minimalFeed } from '../gtfs/minimalFeed.ts';

const token = 'upload-admin-token-0123456789';
const auth = { Authorization: `Bearer ${token}` };
let dir: string;
let dataDir: string;
let catalog: FeedCatalog;
let server: Server;
let base: string;
let reload: () => ReturnType<ReturnType<typeof createReloader>>;

/** A folder's files as a zip. */
const zipFolder = (folder: string) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(readdirSync(folder).map((f) => [f, new Uint8Array(readFileSync(join(folder, f)))])),
    ),
  );
const zipFiles = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));

const corridorZip = () => zipFolder(corridor2026);
/** Files in the data directory (uploads and anything left behind). */
const listing = () => readdirSync(dataDir).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-upload-'));
  dataDir = join(dir, 'feeds');
  mkdirSync(join(dataDir, '.upload-stale123'), { recursive: true }); // left by a process that died
  const served = await loadServedFeed(corridor2026, locator);
  catalog = new FeedCatalog([served.feed!]);
  const logger = pino({ level: 'silent' });
  reload = createReloader(catalog, () => [corridor2026, ...uploadedFeeds(dataDir)], locator, logger);
  const app = createApp({
    catalog,
    logger,
    locator,
    version: 'test',
    reload,
    adminToken: token,
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    rateLimitPerMinute: 0,
    dataDir,
    maxUploadBytes: 2 * 2 ** 20,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  // The chunked 413 test leaves its client socket open (the body was refused half-read); close()
  // alone would wait for it until the keep-alive timeout, 5 s of nothing.
  const closed = new Promise((r) => server.close(r));
  server.closeAllConnections();
  await closed;
  rmSync(dir, { recursive: true, force: true });
});

const upload = (id: string, body: Buffer, type = 'application/zip') =>
  request(base)
    .post(`/api/feeds?id=${encodeURIComponent(id)}`)
    .set(auth)
    .set('Content-Type', type)
    .send(body);

describe('POST /api/feeds', () => {
  it('removes temp folders of uploads interrupted by a dead process', () => {
    expect(listing()).toEqual([]);
  });

  it('refuses without the bearer token, and when uploads have no token configured', async () => {
    const body = corridorZip();
    expect((await request(base).post('/api/feeds?id=x').type('application/zip').send(body)).status).toBe(401);
    const wrong = await request(base)
      .post('/api/feeds?id=x')
      .set('Authorization', 'Bearer nope')
      .type('application/zip')
      .send(body);
    expect(wrong.status).toBe(401);
    expect(listing()).toEqual([]);
  });

  it.each(['..', '../evil', '.hidden', 'a/b', 'a..b', 'x'.repeat(65), '', '%00'])(
    'refuses the id %j',
    async (id) => {
      const res = await upload(id, corridorZip());
      expect(res.status).toBe(400);
      expect(res.body.error.param).toBe('id');
      expect(listing()).toEqual([]);
    },
  );

  it('refuses other content types with 415', async () => {
    const res = await upload('x', corridorZip(), 'text/plain');
    expect(res.status).toBe(415);
    expect(listing()).toEqual([]);
  });

  it('stores a valid feed atomically as <id>.zip and serves it at once', async () => {
    const res = await upload('planned-2027', corridorZip());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ stored: 'planned-2027', feed: { id: 'planned-2027' } });
    expect(listing()).toEqual(['planned-2027.zip']);
    const feeds = (await request(base).get('/api/feeds')).body.feeds.map((f: { id: string }) => f.id);
    expect(feeds).toEqual(['corridor-2026-plan', 'planned-2027']);
    const j = await request(base).get(
      '/api/journeys?from=smolensk&to=vitebsk&date=2026-04-10&time=07:00&feed=planned-2027',
    );
    expect(j.status).toBe(200);
    expect(j.body.journeys.length).toBeGreaterThan(0);
  });

  it('a feed with errors is refused with 422 and its report; nothing is stored, the old feeds serve', async () => {
    const before = catalog.get('planned-2027');
    const broken = zipFiles(minimalFeed({ 'trips.txt': 'route_id,service_id,trip_id\nNO_ROUTE,WK,T1\n' }));
    const res = await upload('planned-2027', broken);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('feed_invalid');
    expect(res.body.error.details.errors[0]).toMatchObject({
      code: 'InvalidReferenceError',
      file: 'trips.txt',
    });
    expect(listing()).toEqual(['planned-2027.zip']);
    expect(catalog.get('planned-2027')).toBe(before);
    const notZip = await upload('other', Buffer.from('this is not a zip'));
    expect(notZip.status).toBe(422);
    expect(notZip.body.error.details.errors[0].code).toBe('InvalidZipError');
    expect(listing()).toEqual(['planned-2027.zip']);
  });

  it('refuses a body over the limit with 413 (declared or streamed) and keeps nothing', async () => {
    const big = Buffer.alloc(3 * 2 ** 20, 1);
    const declared = await upload('big', big);
    expect(declared.status).toBe(413);
    // Chunked: no Content-Length, the limit is hit while streaming. The server may answer 413 or
    // cut the connection; either way nothing is kept.
    const status = await new Promise<number | string>((resolve) => {
      const req = httpRequest(`${base}/api/feeds?id=big`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/zip', 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (e) => resolve((e as NodeJS.ErrnoException).code ?? 'error'));
      for (let i = 0; i < 48; i++) req.write(Buffer.alloc(64 * 1024, 1));
      req.end();
    });
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(status);
    await waitFor(() => listing().length === 1);
    expect(listing()).toEqual(['planned-2027.zip']);
  });

  it('an upload cut off by the client leaves nothing behind', async () => {
    const before = catalog.list();
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${base}/api/feeds?id=cut`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/zip', 'Content-Length': String(2 ** 20) },
      });
      req.on('error', () => resolve());
      req.write(corridorZip().subarray(0, 50_000), () => setTimeout(() => req.destroy(), 100));
      req.on('close', () => resolve());
    });
    await waitFor(() => listing().length === 1);
    expect(listing()).toEqual(['planned-2027.zip']);
    expect(catalog.list()).toEqual(before);
  });

  it('replaces an uploaded feed, but not a feed served from elsewhere', async () => {
    const again = await upload('planned-2027', corridorZip());
    expect(again.status).toBe(201);
    const clash = await upload('corridor-2026-plan', corridorZip());
    expect(clash.status).toBe(400);
    expect(clash.body.error.param).toBe('id');
    expect(listing()).toEqual(['planned-2027.zip']);
  });

  it('the reloader rereads uploaded feeds (paths asked at each reload)', async () => {
    const outcome = await reload();
    expect(outcome.feeds).toEqual([
      { id: 'corridor-2026-plan', status: 'unchanged' },
      { id: 'planned-2027', status: 'unchanged' },
    ]);
  });

  it('the data directory comes from CORRIDOR_DATA_DIR (default data/feeds); its hidden files are not feeds', () => {
    expect(loadConfig({}, [], repoRoot).dataDir).toBe(join(repoRoot, 'data/feeds'));
    expect(loadConfig({ CORRIDOR_DATA_DIR: dataDir }, [], repoRoot).dataDir).toBe(dataDir);
    mkdirSync(join(dataDir, '.upload-inflight'));
    expect(uploadedFeeds(dataDir)).toEqual([join(dataDir, 'planned-2027.zip')]);
    rmSync(join(dataDir, '.upload-inflight'), { recursive: true });
  });

  it('concurrent uploads are validated one at a time and all land', async () => {
    const results = await Promise.all(['a1', 'a2', 'a3'].map((id) => upload(id, corridorZip())));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(listing()).toEqual(['a1.zip', 'a2.zip', 'a3.zip', 'planned-2027.zip']);
  });
});

/** Polls `ok` every 20 ms for up to 3 s (the server finishes its cleanup after the client is gone). */
async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
}
