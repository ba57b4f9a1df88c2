import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { journeysResponse } from '../../server/api/contract/index.ts';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024]));
});

describe('GET /api/journeys on the shipped corridor feeds', () => {
  it('Smolensk → Vitebsk in the 2026 plan: direct, no change, crossing RU → BY with the advisory', async () => {
    const res = await request(app).get(
      '/api/journeys?from=smolensk&to=vitebsk&date=2026-04-10&time=05:00&lang=en',
    );
    expect(res.status).toBe(200);
    const body = journeysResponse.parse(res.body);
    expect(body.feed).toBe('corridor-2026-plan');
    expect(body.journeys.length).toBeGreaterThan(0);
    const direct = body.journeys.find((j) => j.transfers === 0);
    expect(direct).toBeDefined();
    const leg = direct!.legs[0];
    expect(leg.type).toBe('train');
    if (leg.type !== 'train') return;
    expect(leg.from.stop.id).toBe('smolensk');
    expect(leg.to.stop.id).toBe('vitebsk');
    expect(leg.from.departure).toMatch(/^2026-04-10T\d{2}:\d{2}:00\+03:00$/);
    expect(leg.borderCrossings).toHaveLength(1);
    const c = leg.borderCrossings[0];
    expect(c).toMatchObject({ fromCountry: 'RU', toCountry: 'BY' });
    // The shape passes through the surveyed crossing point of the Vitebsk line.
    expect(c.point).toEqual([30.955662, 54.979]);
    expect(c.advisory).toMatch(/passport control/i);
    // Every 2026 time is an estimate, and the API says so.
    expect(direct!.estimated).toBe(true);
    expect(leg.geometry.coordinates.length).toBeGreaterThan(leg.stops.length - 1);
  });

  it('Smolensk → Orsha on 2024-08-01: change at Osinovka, the published 6191 first', async () => {
    const res = await request(app).get(
      '/api/journeys?from=smolensk&to=orsha&date=2024-08-01&time=08:00&feed=corridor-2024',
    );
    expect(res.status).toBe(200);
    const body = journeysResponse.parse(res.body);
    const j = body.journeys[0];
    expect(j.transfers).toBeGreaterThanOrEqual(1);
    const first = j.legs[0];
    expect(first.type).toBe('train');
    if (first.type !== 'train') return;
    expect(first.from.departure).toBe('2024-08-01T08:25:00+03:00');
    expect(first.trip.name).toBe('6191');
    expect(first.to.stop.id).toBe('osinovka');
  });

  it('answers in Russian and Belarusian names', async () => {
    const ru = await request(app).get(
      '/api/journeys?from=smolensk&to=orsha&date=2026-04-10&time=05:00&lang=ru',
    );
    const be = await request(app).get(
      '/api/journeys?from=smolensk&to=orsha&date=2026-04-10&time=05:00&lang=be',
    );
    const legRu = ru.body.journeys[0].legs[0];
    const legBe = be.body.journeys[0].legs[0];
    expect(legRu.from.stop.name).toBe('Смоленск-Центральный');
    expect(legBe.from.stop.name).toBe('Смаленск');
    expect(legRu.borderCrossings[0].advisory).toMatch(/паспорт/);
  });

  it('arrive-by returns journeys arriving no later than the time', async () => {
    const res = await request(app).get(
      '/api/journeys?from=smolensk&to=orsha&date=2026-04-10&time=20:00&arriveBy=true',
    );
    expect(res.status).toBe(200);
    expect(res.body.journeys.length).toBeGreaterThan(0);
    for (const j of res.body.journeys) expect(j.arrival <= '2026-04-10T20:00:00+03:00').toBe(true);
  });

  it('a range query returns several departures in the window', async () => {
    const res = await request(app).get(
      '/api/journeys?from=smolensk&to=orsha&date=2026-04-10&time=00:00&window=1439',
    );
    const departures = new Set(res.body.journeys.map((j: { departure: string }) => j.departure));
    expect(departures.size).toBeGreaterThanOrEqual(3);
  });

  it('sets an ETag and answers 304 when it matches', async () => {
    const url = '/api/journeys?from=smolensk&to=orsha&date=2026-04-10&time=05:00';
    const first = await request(app).get(url);
    expect(first.headers.etag).toBeTruthy();
    const second = await request(app).get(url).set('If-None-Match', first.headers.etag);
    expect(second.status).toBe(304);
  });
});
