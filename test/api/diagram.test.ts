import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { linesResponse } from '../../server/api/contract/index.ts';
import { corridor2024, corridor2026, repoRoot, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
let xss: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024]));
  ({ app: xss } = await testApp([join(repoRoot, 'test/fixtures/api/xss-feed')]));
});

/** supertest buffers image/svg+xml as binary; read it as text. */
function svg(a: typeof app, url: string) {
  return request(a)
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        s += c;
      });
      res.on('end', () => cb(null, s));
    });
}

describe('GET /api/lines', () => {
  it('2026 plan: Smolensk–Vitebsk, Smolensk–Orsha and Orsha–Vitebsk, ordered, with km and the border', async () => {
    const res = await request(app).get('/api/lines?feed=corridor-2026-plan');
    expect(res.status).toBe(200);
    const body = linesResponse.parse(res.body);
    expect(body.lines.map((l) => l.id)).toEqual(['orsha--smolensk', 'orsha--vitebsk', 'smolensk--vitebsk']);
    const sv = body.lines.find((l) => l.id === 'smolensk--vitebsk')!;
    expect(sv.stations[0].id).toBe('smolensk');
    expect(sv.stations.at(-1)!.id).toBe('vitebsk');
    expect(sv.stations.map((s) => s.km)).toEqual([...sv.stations.map((s) => s.km)].sort((a, b) => a - b));
    expect(sv.km).toBeGreaterThan(100);
    expect(sv.km).toBeLessThan(200);
    const countries = sv.stations.map((s) => s.country);
    expect(countries[0]).toBe('RU');
    expect(countries.at(-1)).toBe('BY');
    expect(sv.stations.some((s) => s.isBorder)).toBe(true);
  });

  it('2024 service: lines end at the border stations where every train ends', async () => {
    const body = linesResponse.parse((await request(app).get('/api/lines?feed=corridor-2024')).body);
    expect(body.lines.map((l) => l.id)).toContain('smolensk--zaolsha');
  });

  it('404 for an unknown feed, 400 for unknown parameters', async () => {
    expect((await request(app).get('/api/lines?feed=nope')).status).toBe(404);
    expect((await request(app).get('/api/lines?x=1')).body.error.param).toBe('x');
  });
});

describe('GET /api/diagram', () => {
  it('SVG with one titled path per train, the border marked, the compare feed in a second series', async () => {
    const res = await svg(
      app,
      '/api/diagram?feed=corridor-2026-plan&line=smolensk--vitebsk&date=2026-04-10&from=04:00&to=23:30&compare=corridor-2024&compareDate=2024-08-01',
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const text = res.body as string;
    expect(text).toMatch(/^<\?xml/);
    expect(text).not.toMatch(/<script|style=|on\w+=/i);
    const trains = [...text.matchAll(/<g class="train" data-series="([^"]+)"/g)].map((m) => m[1]);
    expect(trains.filter((s) => s === 'corridor-2026-plan').length).toBeGreaterThan(0);
    expect(trains.filter((s) => s.startsWith('corridor-2024')).length).toBeGreaterThan(0);
    expect(text).toMatch(
      /<title>[^<]+ \(corridor-2026-plan\) Смоленск-Центральный \d\d:\d\d → Витебск \d\d:\d\d/,
    );
    expect(text).toContain('class="border" data-from-country="RU" data-to-country="BY"');
  });

  it('a line between any two stations (the 2024 feed has no through line to Vitebsk)', async () => {
    const res = await svg(app, '/api/diagram?feed=corridor-2024&line=smolensk--vitebsk&date=2024-08-01');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Витебск');
  });

  it('escapes every feed string', async () => {
    const res = await svg(xss, '/api/diagram?line=x1--x2&date=2026-03-02');
    expect(res.status).toBe(200);
    const text = res.body as string;
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<b>');
    expect(text).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(text).toContain('Plain &#34;quoted&#34; stop');
  });

  it('400 naming the parameter, 404 for unknown feed or line', async () => {
    const cases: [string, number, string][] = [
      ['/api/diagram?line=smolensk--vitebsk', 400, 'date'],
      ['/api/diagram?line=smolensk&date=2026-04-10', 400, 'line'],
      ['/api/diagram?line=smolensk--vitebsk&date=2026-04-10&from=10:00&to=09:00', 400, 'to'],
      ['/api/diagram?line=smolensk--atlantis&date=2026-04-10', 404, 'line'],
      ['/api/diagram?feed=nope&line=smolensk--vitebsk&date=2026-04-10', 404, 'feed'],
      ['/api/diagram?line=smolensk--vitebsk&date=2026-04-10&compare=nope', 404, 'compare'],
    ];
    for (const [url, status, param] of cases) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(status);
      expect(res.body.error.param, url).toBe(param);
    }
  });
});
