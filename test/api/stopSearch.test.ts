import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { stopsResponse } from '../../server/api/contract/index.ts';
import { corridor2026, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026]));
});

const search = async (params: string) => {
  const res = await request(app).get(`/api/stops?${params}`);
  expect(res.status).toBe(200);
  return stopsResponse.parse(res.body).stops;
};

describe('GET /api/stops on the corridor feed', () => {
  it.each([
    ['Viciebsk', 'vitebsk'],
    ['Vitsyebsk', 'vitebsk'],
    ['Witebsk', 'vitebsk'],
    ['Orša', 'orsha'],
    ['Orsza', 'orsha'],
    ['Smolenks', 'smolensk'],
    ['vitbsk', 'vitebsk'],
    ['orsha central', 'orsha'],
  ])('%s finds %s first', async (q, id) => {
    expect((await search(`q=${encodeURIComponent(q)}`))[0]?.id).toBe(id);
  });

  it('near=lat,lon gives the nearest stations with their distance in metres', async () => {
    const stops = await search('near=54.51,30.42&limit=3');
    expect(stops.map((s) => s.id)[0]).toBe('orsha');
    expect(stops.every((s) => typeof s.distance === 'number')).toBe(true);
    expect(stops.map((s) => s.distance)).toEqual([...stops.map((s) => s.distance)].sort((a, b) => a! - b!));
    expect((await search('q=vitebsk'))[0].distance).toBeUndefined();
  });

  it.each(['54.5', '54.5,abc', '95,30', '54,200'])('near=%s is a 400 naming near', async (near) => {
    const res = await request(app).get(`/api/stops?near=${near}`);
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('near');
  });
});
