import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparePairResponse, compareResponse } from '../../server/api/contract/index.ts';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024]));
});

const base =
  '/api/compare?baseline=corridor-2024&scenario=corridor-2026-plan&date=2026-04-10&baselineDate=2024-08-01';

describe('GET /api/compare on the shipped corridor feeds', () => {
  it('default stations, every ordered pair, and the February 2026 promise on Smolensk → Orsha / Vitebsk', async () => {
    const res = await request(app).get(base);
    expect(res.status).toBe(200);
    const body = compareResponse.parse(res.body);
    const n = body.stations.length;
    expect(n).toBeGreaterThanOrEqual(5);
    expect(body.rows).toHaveLength(n * (n - 1));
    for (const to of ['orsha', 'vitebsk']) {
      const r = body.rows.find((x) => x.from.id === 'smolensk' && x.to.id === to)!;
      expect(r.from.name).toMatch(/^Смоленск/);
      expect(r.baseline.fewestTransfers).toBeGreaterThanOrEqual(1);
      expect(r.scenario.fewestTransfers).toBe(0);
      expect(r.scenario.fastest!).toBeLessThan(r.baseline.fastest!);
      expect(r.status).toBe('faster');
      expect(r.baseline.firstDeparture).toMatch(/^2024-08-01T\d\d:\d\d:00\+03:00$/);
      expect(r.scenario.firstDeparture).toMatch(/^2026-04-10T\d\d:\d\d:00\+03:00$/);
    }
  });

  it('CSV by format=csv and by Accept: text/csv', async () => {
    const q = `${base}&stations=smolensk,orsha,vitebsk`;
    for (const res of [
      await request(app).get(`${q}&format=csv`),
      await request(app).get(q).set('Accept', 'text/csv'),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toMatch(/^from_id,from_name,to_id,to_name,status,baseline_journeys,/);
      expect(lines).toHaveLength(7);
      const row = lines.find((l) => /^smolensk,[^,]+,vitebsk,/.test(l))!;
      expect(row.split(',')[4]).toBe('faster');
    }
  });

  it('a row expands into both feeds’ journeys', async () => {
    const res = await request(app).get(
      '/api/compare/pair?baseline=corridor-2024&scenario=corridor-2026-plan&date=2026-04-10&baselineDate=2024-08-01&from=smolensk&to=vitebsk',
    );
    expect(res.status).toBe(200);
    const body = comparePairResponse.parse(res.body);
    expect(body.baseline.journeys.every((j) => j.transfers >= 1)).toBe(true);
    expect(body.scenario.journeys.some((j) => j.transfers === 0)).toBe(true);
  }, 30_000);

  it('400 naming the bad parameter, 404 for unknown feed or station', async () => {
    const cases: [string, number, string][] = [
      ['/api/compare?baseline=corridor-2024&scenario=corridor-2026-plan', 400, 'date'],
      [`${base}&stations=smolensk`, 400, 'stations'],
      [`${base}&format=xml`, 400, 'format'],
      [`${base}&bogus=1`, 400, 'bogus'],
      ['/api/compare?baseline=nope&scenario=corridor-2026-plan&date=2026-04-10', 404, 'baseline'],
      ['/api/compare?baseline=corridor-2024&scenario=nope&date=2026-04-10', 404, 'scenario'],
      [`${base}&stations=smolensk,atlantis`, 404, 'stations'],
    ];
    for (const [url, status, param] of cases) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(status);
      expect(res.body.error.param, url).toBe(param);
    }
  });

  it('is in the OpenAPI document, with the planners’ other endpoints', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body;
    for (const path of [
      '/api/compare',
      '/api/compare/pair',
      '/api/compare/jobs/{id}',
      '/api/lines',
      '/api/diagram',
      '/api/timetable',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    expect(Object.keys(doc.paths['/api/diagram'].get.responses['200'].content)).toEqual(['image/svg+xml']);
    expect(Object.keys(doc.paths['/api/compare/jobs'])).toEqual(['post']);
    const params = doc.paths['/api/compare'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(['baseline', 'scenario', 'date', 'baselineDate', 'stations', 'format']);
  });
});
