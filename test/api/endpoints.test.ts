import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  boardResponse,
  feedsResponse,
  networkResponse,
  stopsResponse,
  tripResponse,
} from '../../server/api/contract/index.ts';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024], { defaultFeed: 'corridor-2026-plan' }));
});

describe('station search', () => {
  it.each(['orsha', 'орша', 'Орша', 'ORSHA', 'Орша-Цэнтральная'])(
    '%s finds Orsha-Tsentralnaya first',
    async (q) => {
      const res = await request(app).get(`/api/stops?q=${encodeURIComponent(q)}&lang=en`);
      expect(res.status).toBe(200);
      const body = stopsResponse.parse(res.body);
      expect(body.stops[0].id).toBe('orsha');
      expect(body.stops[0].name).toBe('Orsha-Tsentralnaya');
      expect(body.stops[0].country).toBe('BY');
    },
  );

  it('marks border stations', async () => {
    const res = await request(app).get('/api/stops?q=krasnoe');
    expect(res.body.stops[0]).toMatchObject({ id: 'krasnoye', isBorder: true, country: 'RU' });
  });
});

describe('boards, trips, network, feeds', () => {
  it('departures from Smolensk on a 2026 day list the direct trains in order', async () => {
    const res = await request(app).get(
      '/api/stops/smolensk/departures?date=2026-04-10&time=00:00&duration=1440',
    );
    expect(res.status).toBe(200);
    const body = boardResponse.parse(res.body);
    expect(body.entries.length).toBeGreaterThanOrEqual(4);
    const times = body.entries.map((e) => e.time);
    expect([...times].sort()).toEqual(times);
    expect(body.entries.every((e) => e.estimated)).toBe(true);
    // The board says which day and window it shows, in the stop's own zone (Moscow, +03:00).
    expect(body).toMatchObject({ date: '2026-04-10', time: '00:00', duration: 1440 });
    expect(body.from).toBe('2026-04-10T00:00:00+03:00');
    expect(body.to).toBe('2026-04-11T00:00:00+03:00');
  });

  it('arrivals at Vitebsk exist and unknown stop ids are 404', async () => {
    expect(
      (await request(app).get('/api/stops/vitebsk/arrivals?date=2026-04-10&duration=1440')).body.entries
        .length,
    ).toBeGreaterThan(0);
    const res = await request(app).get('/api/stops/nowhere/departures?date=2026-04-10');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('unknown_stop');
  });

  it('a trip on a date it runs: every stop time, geometry, one border crossing', async () => {
    const board = await request(app).get(
      '/api/stops/smolensk/departures?date=2026-04-10&time=00:00&duration=1440',
    );
    const tripId = board.body.entries[0].trip.id;
    const res = await request(app).get(`/api/trips/${encodeURIComponent(tripId)}?date=2026-04-10`);
    expect(res.status).toBe(200);
    const body = tripResponse.parse(res.body);
    expect(body.stops[0].stop.id).toBe('smolensk');
    expect(body.stops[0].arrival).toBeNull();
    expect(body.borderCrossings).toHaveLength(1);
    expect(body.geometry.coordinates.length).toBeGreaterThan(2);
  });

  it('a trip on a date it does not run is 404 naming date', async () => {
    const board = await request(app).get(
      '/api/stops/smolensk/departures?date=2026-04-10&time=00:00&duration=1440',
    );
    const res = await request(app).get(
      `/api/trips/${encodeURIComponent(board.body.entries[0].trip.id)}?date=2025-01-01`,
    );
    expect(res.status).toBe(404);
    expect(res.body.error.param).toBe('date');
  });

  it('network: lines, stations with border flags, both crossing points', async () => {
    const res = await request(app).get('/api/network');
    expect(res.status).toBe(200);
    const body = networkResponse.parse(res.body);
    const kinds = body.features.map((f) => f.properties.kind);
    expect(kinds).toContain('line');
    const crossings = body.features
      .filter((f) => f.properties.kind === 'borderCrossing')
      .map((f) => f.geometry.coordinates);
    expect(crossings).toContainEqual([30.987625, 54.682434]);
    expect(crossings).toContainEqual([30.955662, 54.979]);
    const border = body.features
      .filter((f) => f.properties.kind === 'station' && f.properties.isBorder)
      .map((f) => (f.properties as { id: string }).id);
    expect(border).toEqual(expect.arrayContaining(['krasnoye', 'shukhovtsy']));
  });

  it('feeds and health describe both feeds with provenance counts', async () => {
    const res = await request(app).get('/api/feeds');
    const body = feedsResponse.parse(res.body);
    expect(body.default).toBe('corridor-2026-plan');
    const plan = body.feeds.find((f) => f.id === 'corridor-2026-plan')!;
    expect(plan.provenance.publishedTrips).toBe(0);
    expect(plan.provenance.estimatedTrips).toBe(plan.trips);
    const y2024 = body.feeds.find((f) => f.id === 'corridor-2024')!;
    expect(y2024.provenance.partlyEstimatedTrips + y2024.provenance.publishedTrips).toBeGreaterThan(0);
    const health = await request(app).get('/api/health');
    expect(health.body.status).toBe('ok');
    expect(health.body.feeds).toHaveLength(2);
  });

  it('OpenAPI 3.1 document lists every endpoint and the docs page has no inline script', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/journeys',
        '/api/stops',
        '/api/stops/{id}/departures',
        '/api/trips/{id}',
        '/api/network',
      ]),
    );
    const html = (await request(app).get('/api/docs')).text;
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).toContain('src="/api/docs.js"');
  });

  it('security headers, CORS for GET, compression', async () => {
    const res = await request(app)
      .get('/api/network')
      .set('Origin', 'https://example.org')
      .set('Accept-Encoding', 'gzip');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('network of the 2024 feed', () => {
  it('finds the main-line crossing although its shape is shared with domestic trains', async () => {
    const res = await request(app).get('/api/network?feed=corridor-2024');
    const crossings = res.body.features
      .filter((f: { properties: { kind: string } }) => f.properties.kind === 'borderCrossing')
      .map((f: { geometry: { coordinates: number[] } }) => f.geometry.coordinates);
    expect(crossings).toContainEqual([30.987625, 54.682434]);
    expect(crossings).toContainEqual([30.955662, 54.979]);
  });
});

describe('review fixes', () => {
  it('termini and junctions are major stations, halts are not', async () => {
    const res = await request(app).get('/api/network?feed=corridor-2026-plan');
    const major = new Map(
      res.body.features
        .filter((f: { properties: { kind: string } }) => f.properties.kind === 'station')
        .map((f: { properties: { id: string; major: boolean } }) => [f.properties.id, f.properties.major]),
    );
    expect(major.get('smolensk')).toBe(true);
    expect(major.get('orsha')).toBe(true);
    expect(major.get('vitebsk')).toBe(true);
    expect(major.get('katyn')).toBe(false);
  });

  it('arrive-by with a window is a 400 naming window', async () => {
    const res = await request(app).get(
      '/api/journeys?from=smolensk&to=orsha&date=2026-04-10&time=20:00&arriveBy=true&window=180',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('window');
  });

  it('/embed.js and the API may be loaded cross-origin; no forced https upgrade', async () => {
    const res = await request(app).get('/api/health');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
  });
});

describe('OpenAPI covers the write endpoints', () => {
  it('documents GET and POST /api/feeds, the reload and the 202 of compare jobs, with the bearer scheme', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths['/api/feeds']).sort()).toEqual(['get', 'post']);
    expect(doc.paths['/api/feeds'].post.responses['201']).toBeDefined();
    expect(doc.paths['/api/feeds'].post.security).toEqual([{ adminToken: [] }]);
    expect(doc.paths['/api/admin/reload'].post).toBeDefined();
    expect(doc.paths['/api/compare/jobs'].post.responses['202']).toBeDefined();
    expect(doc.components.securitySchemes.adminToken.scheme).toBe('bearer');
  });
});
