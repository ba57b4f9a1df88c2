import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

// Issue 18, publish: GET /api/feeds/:id/gtfs.zip writes a served feed back to GTFS; read again, it
// answers every journey the same.
let dir: string;
let served: Awaited<ReturnType<typeof testApp>>;
const binary = (url: string) =>
  request(served.app)
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-export-'));
  served = await testApp([corridor2026, corridor2024]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GET /api/feeds/:id/gtfs.zip', () => {
  it('reading the zip back gives the same journeys, boards and stop search', async () => {
    for (const [id, queries] of [
      [
        'corridor-2026-plan',
        [
          '/api/journeys?from=smolensk&to=vitebsk&date=2026-04-10&time=05:00&count=5&lang=ru',
          '/api/journeys?from=orsha&to=vitebsk&date=2026-04-11&time=12:00&count=3&lang=be',
          '/api/journeys?from=vitebsk&to=smolensk&date=2026-04-10&time=20:00&arriveBy=true&lang=en',
          '/api/stops/orsha/departures?date=2026-04-10&time=00:00&duration=1440',
          '/api/stops?q=Витебск',
        ],
      ],
      [
        'corridor-2024',
        [
          '/api/journeys?from=smolensk&to=orsha&date=2024-08-01&time=05:00&count=4&lang=en',
          '/api/journeys?from=orsha&to=smolensk&date=2024-08-02&time=05:00&window=600',
        ],
      ],
    ] as const) {
      const res = await binary(`/api/feeds/${id}/gtfs.zip`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      const files = unzipSync(new Uint8Array(res.body as Buffer));
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining(['agency.txt', 'stops.txt', 'stop_times.txt']),
      );
      const path = join(dir, `${id}.zip`);
      writeFileSync(path, res.body as Buffer);
      const again = await testApp([path]); // fails on any validation error
      for (const url of queries) {
        const feedUrl = `${url}&feed=${id}`;
        const [a, b] = await Promise.all([request(served.app).get(feedUrl), request(again.app).get(feedUrl)]);
        expect(a.status, url).toBe(200);
        expect(b.body, url).toEqual(a.body);
      }
    }
  });

  it('a network exports too; ETag, HEAD and unknown feeds as elsewhere', async () => {
    const net = await binary('/api/feeds/corridor-2024,corridor-2026-plan/gtfs.zip');
    expect(net.status).toBe(200);
    const files = unzipSync(new Uint8Array(net.body as Buffer));
    expect(new TextDecoder().decode(files['agency.txt'])).toMatch(/rzd_cppk/);
    const etag = net.headers.etag;
    expect(
      (
        await request(served.app)
          .get('/api/feeds/corridor-2024,corridor-2026-plan/gtfs.zip')
          .set('If-None-Match', etag)
      ).status,
    ).toBe(304);
    const head = await request(served.app).head('/api/feeds/corridor-2024/gtfs.zip');
    expect(head.status).toBe(200);
    const unknown = await request(served.app).get('/api/feeds/nowhere/gtfs.zip');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unknown_feed');
    const doc = await request(served.app).get('/api/openapi.json');
    expect(doc.body.paths['/api/feeds/{id}/gtfs.zip'].get.responses['200'].content).toHaveProperty(
      'application/zip',
    );
  });
});
