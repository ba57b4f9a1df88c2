import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([join(repoRoot, 'test/fixtures/api/xss-feed')]));
});

describe('feed-supplied HTML stays data', () => {
  it('comes back as JSON strings with a JSON content type, never as HTML', async () => {
    for (const url of [
      '/api/stops?q=img',
      '/api/journeys?from=x1&to=x2&date=2026-03-02&time=07:00',
      '/api/stops/x1/departures?date=2026-03-02&time=07:00',
      '/api/network',
    ]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^application\/json; charset=utf-8$/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const j = await request(app).get('/api/journeys?from=x1&to=x2&date=2026-03-02&time=07:00');
    expect(j.body.journeys[0].legs[0].from.stop.name).toBe('<img src=x onerror=alert(1)>');
    expect(j.body.journeys[0].legs[0].trip.headsign).toBe('<iframe src=javascript:alert(1)>');
  });

  it('error messages echoing input are JSON too', async () => {
    const res = await request(app).get('/api/stops/%3Cscript%3E/departures?date=2026-03-02');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });
});
