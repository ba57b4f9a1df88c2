import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { journeysResponse } from '../../server/api/contract/index.ts';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

/** Issue 17 at the API: enough journeys, cursors, no loops, and the train's own details. */
let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024]));
});

const get = async (query: string) => {
  const res = await request(app).get(`/api/journeys?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return journeysResponse.parse(res.body);
};
const stations = (j: ReturnType<typeof journeysResponse.parse>['journeys'][number]) =>
  j.legs.filter((l) => l.type === 'train' && !l.stayOn).map((l) => l.from.stop.station ?? l.from.stop.id);

describe('GET /api/journeys pages', () => {
  it('gives at least three journeys by default, in departure order, none boarding twice at a station', async () => {
    const body = await get('from=smolensk&to=vitebsk&date=2026-04-08&time=06:00');
    expect(body.journeys.length).toBeGreaterThanOrEqual(3);
    const deps = body.journeys.map((j) => Date.parse(j.departure));
    expect(deps).toEqual([...deps].sort((a, b) => a - b));
    for (const j of body.journeys) expect(new Set(stations(j)).size).toBe(stations(j).length);
  });

  it('count=1 asks for one; the later cursor gives the next departures, the earlier one those before', async () => {
    const one = await get('from=smolensk&to=vitebsk&date=2026-04-08&time=06:00&count=1');
    expect(one.journeys.length).toBeGreaterThanOrEqual(1);
    const later = await get(
      `from=smolensk&to=vitebsk&date=2026-04-08&time=06:00&count=1&cursor=${one.later}`,
    );
    const last = Math.max(...one.journeys.map((j) => Date.parse(j.departure)));
    expect(later.journeys.some((j) => Date.parse(j.departure) > Date.parse(one.journeys[0].departure))).toBe(
      true,
    );
    const earlier = await get(
      `from=smolensk&to=vitebsk&date=2026-04-08&time=06:00&count=1&cursor=${later.earlier}`,
    );
    for (const j of earlier.journeys) expect(Date.parse(j.departure)).toBeLessThan(last + 1);
  });

  it('no journey out and back to the origin from 15:00 on a Thursday in the 2026 plan', async () => {
    const body = await get('from=smolensk&to=vitebsk&date=2026-12-03&time=15:00');
    for (const j of body.journeys) {
      const boards = stations(j);
      expect(boards.filter((s) => s === 'smolensk').length).toBeLessThanOrEqual(1);
      expect(new Set(boards).size).toBe(boards.length);
    }
  });

  it('refuses a cursor it did not make, naming the parameter', async () => {
    const res = await request(app).get(
      '/api/journeys?from=smolensk&to=vitebsk&date=2026-04-08&time=06:00&cursor=xyz',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('cursor');
  });
});

describe('the train’s own details', () => {
  it('mode, number, route names, service date, days of operation', async () => {
    const body = await get('from=smolensk&to=orsha&date=2024-08-01&time=08:00&feed=corridor-2024');
    const leg = body.journeys
      .flatMap((j) => j.legs)
      .find((l) => l.type === 'train' && l.trip.name === '6191');
    expect(leg?.type).toBe('train');
    if (leg?.type !== 'train') return;
    expect(leg.mode).toBe('train');
    expect(leg.serviceDate).toBe('2024-08-01');
    expect(leg.operatingDays.weekdays.length).toBeGreaterThan(0);
    expect(leg.operatingDays.text).toMatch(/daily|Mon|Tue|Wed|Thu|Fri|Sat|Sun/);
    expect(leg.trip.route.shortName + leg.trip.route.longName).not.toBe('');
    expect(leg.from.platform === null || typeof leg.from.platform === 'string').toBe(true);
    expect(leg.stayOn).toBe(false);
  });
});
