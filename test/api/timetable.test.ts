import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { timetableResponse } from '../../server/api/contract/index.ts';
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
