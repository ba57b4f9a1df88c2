import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { timetableResponse } from '../../server/api/contract/index.ts';
import { cellText } from '../../server/api/routes/timetableCsv.ts';
import { corridor2024, corridor2026, repoRoot, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
let xss: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024]));
  ({ app: xss } = await testApp([join(repoRoot, 'test/fixtures/api/xss-feed')]));
});

describe('GET /api/timetable', () => {
  it('2026 Vitebsk → Smolensk: direct trains with their days, one-change connections via Orsha', async () => {
    const res = await request(app).get('/api/timetable?from=vitebsk&to=smolensk&date=2026-04-10');
    expect(res.status).toBe(200);
    const t = timetableResponse.parse(res.body);
    expect(t.stations[0].id).toBe('vitebsk');
    expect(t.stations.at(-1)!.id).toBe('smolensk');
    const direct = t.columns.filter((c) => c.change === null);
    const via = t.columns.filter((c) => c.change !== null);
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.some((c) => c.days === 'Fri, Sun')).toBe(true);
    expect(via.length).toBeGreaterThan(0);
    for (const c of via) {
      expect(c.change!.id).toBe('orsha');
      expect(c.trains).toHaveLength(2);
      const cell = c.cells[t.stations.findIndex((s) => s.id === 'orsha')]!;
      expect(cell.change).toBe(true);
      expect(cell.arrival! < cell.departure!).toBe(true);
    }
    // Columns by departure; each column departs and arrives where the grid starts and ends.
    const deps = t.columns.map((c) => c.departure);
    expect(deps).toEqual([...deps].sort());
    for (const c of t.columns) {
      expect(c.cells[0]!.departure).toBe(c.departure.slice(11, 16));
      expect(c.cells.at(-1)!.arrival).toBe(c.arrival.slice(11, 16));
    }
  });

  it('2024: Smolensk → Orsha only with a change at the border station', async () => {
    const t = timetableResponse.parse(
      (await request(app).get('/api/timetable?feed=corridor-2024&from=smolensk&to=orsha&date=2024-08-01'))
        .body,
    );
    expect(t.columns.length).toBeGreaterThan(0);
    expect(t.columns.every((c) => c.change?.id === 'osinovka')).toBe(true);
  });

  it('HTML (escaped, linked stylesheet, no inline script or style) and CSV, by format and by Accept', async () => {
    const html = await request(app)
      .get('/api/timetable?from=smolensk&to=orsha&date=2026-04-10')
      .set('Accept', 'text/html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toContain('<link rel="stylesheet" href="/api/timetable.css">');
    expect(html.text).not.toMatch(/<script|style=|<style/i);
    const css = await request(app).get('/api/timetable.css');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    const csv = await request(app).get('/api/timetable?from=smolensk&to=orsha&date=2026-04-10&format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[1]).toMatch(/^,days,/);
    expect(lines[3]).toMatch(/^smolensk,/);
    expect(lines.at(-1)).toMatch(/^orsha,/);

    const evil = await request(xss).get('/api/timetable?from=x1&to=x2&date=2026-03-02&format=html');
    expect(evil.status).toBe(200);
    expect(evil.text).not.toContain('<img');
    expect(evil.text).not.toContain('<b>');
    expect(evil.text).toContain('&#60;img src=x onerror=alert(1)&#62;');
    const evilCsv = await request(xss).get('/api/timetable?from=x1&to=x2&date=2026-03-02&format=csv');
    expect(evilCsv.text).toContain('"Plain ""quoted"" stop"');
  });

  it('heads columns by train number, else the route, never a trip id; lang for names, days and headings', async () => {
    const t = timetableResponse.parse(
      (await request(app).get('/api/timetable?from=smolensk&to=vitebsk&date=2026-04-03&lang=be')).body,
    );
    for (const c of t.columns)
      for (const x of c.trains) {
        expect(x.name).not.toBe(x.tripId);
        expect(x.name || x.route).not.toBe('');
      }
    expect(t.from.name).toBe('Смаленск');
    expect(t.columns.some((c) => c.days === 'пт, нд')).toBe(true);
    expect(t.columns.some((c) => c.trains[0].route === 'Смаленск — Віцебск')).toBe(true);
    expect(t.columns.flatMap((c) => c.cells).every((x) => x === null || x.day === 0)).toBe(true);
    const html = await request(app).get(
      '/api/timetable?from=smolensk&to=vitebsk&date=2026-04-03&lang=ru&format=html',
    );
    expect(html.text).toContain('<html lang="ru">');
    expect(html.text).toContain('<th scope="row">Поезд</th><th scope="col">Смоленск — Витебск</th>');
    expect(html.text).toContain('ежедневно');
    expect(html.text).not.toContain('t2026_');
    const en = await request(app).get(
      '/api/timetable?from=smolensk&to=vitebsk&date=2026-04-03&lang=en&format=csv',
    );
    expect(en.text.split('\r\n')[0]).toContain('Smolensk — Vitebsk');
    expect(en.text).toContain(',Smolensk-Tsentralny,');
  });

  it('marks times on the next day with +1', () => {
    const cell = { arrival: '00:40', departure: '00:45', change: false, estimated: false, day: 1 };
    expect(cellText(cell)).toBe('00:45 +1');
    expect(cellText({ ...cell, change: true })).toBe('00:40/00:45 +1');
  });

  it('400 naming the parameter, 404 for an unknown stop or feed', async () => {
    const cases: [string, number, string][] = [
      ['/api/timetable?from=smolensk&to=orsha', 400, 'date'],
      ['/api/timetable?from=smolensk&to=orsha&date=2026-04-10&format=pdf', 400, 'format'],
      ['/api/timetable?from=smolensk&to=atlantis&date=2026-04-10', 404, 'to'],
      ['/api/timetable?feed=nope&from=smolensk&to=orsha&date=2026-04-10', 404, 'feed'],
    ];
    for (const [url, status, param] of cases) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(status);
      expect(res.body.error.param, url).toBe(param);
    }
  });
});
