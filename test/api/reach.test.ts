import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { reachResponse } from '../../server/api/contract/index.ts';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024]));
});

const reach = async (query: string) => {
  const res = await request(app).get(`/api/reach?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return reachResponse.parse(res.body);
};

describe('GET /api/reach: where one gets from a station within a time', () => {
  it('Vitebsk lies within 3 h 30 of Smolensk at 06:00 on a 2026 weekday, not in 2024', async () => {
    const q = 'from=smolensk&time=06:00&maxMinutes=210';
    const plan = await reach(`feed=corridor-2026-plan&date=2026-04-08&${q}`);
    const old = await reach(`feed=corridor-2024&date=2024-09-04&${q}`);
    const vitebsk = plan.stops.find((s) => s.id === 'vitebsk');
    expect(vitebsk?.duration).toBeLessThanOrEqual(210 * 60);
    expect(vitebsk?.arrival).toMatch(/^2026-04-08T\d\d:\d\d:00\+03:00$/);
    expect(old.stops.some((s) => s.id === 'vitebsk')).toBe(false);
    // Nearest first, the origin left out, every figure within the cutoff.
    const durations = plan.stops.map((s) => s.duration!);
    expect([...durations].sort((a, b) => a - b)).toEqual(durations);
    expect(plan.stops.some((s) => s.id === 'smolensk')).toBe(false);
    expect(durations.every((d) => d > 0 && d <= 210 * 60)).toBe(true);
  });

  it('with compare, each station carries its figures in the other feed; reached in either', async () => {
    const doc = await reach(
      'feed=corridor-2026-plan&date=2026-04-08&from=smolensk&time=06:00&maxMinutes=210&compare=corridor-2024&compareDate=2024-09-04',
    );
    expect(doc.compare).toEqual({ feed: 'corridor-2024', date: '2024-09-04' });
    const vitebsk = doc.stops.find((s) => s.id === 'vitebsk')!;
    expect(vitebsk.compare).toBeNull();
    const near = doc.stops.find((s) => s.id === 'katyn' || s.id === 'gnezdovo')!;
    expect(near.compare?.duration).toBeGreaterThan(0);
  });

  it('a longer cutoff reaches at least as many stations; bad parameters are 400s naming them', async () => {
    const short = await reach(
      'feed=corridor-2026-plan&date=2026-04-08&from=smolensk&time=06:00&maxMinutes=60',
    );
    const long = await reach(
      'feed=corridor-2026-plan&date=2026-04-08&from=smolensk&time=06:00&maxMinutes=600',
    );
    expect(long.stops.length).toBeGreaterThanOrEqual(short.stops.length);
    for (const s of short.stops) expect(long.stops.find((x) => x.id === s.id)?.duration).toBe(s.duration);
    const bad = await request(app).get('/api/reach?from=smolensk&date=2026-04-08&maxMinutes=5000');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('maxMinutes');
    const unknown = await request(app).get('/api/reach?from=nowhere&date=2026-04-08');
    expect(unknown.status).toBe(404);
  });
});
