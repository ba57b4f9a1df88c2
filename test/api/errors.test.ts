import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { corridor2026, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026]));
});

const ok = { from: 'smolensk', to: 'vitebsk', date: '2026-04-10', time: '07:00' };
const qs = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe('bad requests get a 400 naming the parameter, never a stack trace', () => {
  it.each([
    [{ ...ok, date: '2026-13-01' }, 'date'],
    [{ ...ok, date: '2026-02-30' }, 'date'],
    [{ ...ok, date: 'tomorrow' }, 'date'],
    [{ ...ok, time: '24:00' }, 'time'],
    [{ ...ok, time: '7' }, 'time'],
    [{ ...ok, maxTransfers: '-1' }, 'maxTransfers'],
    [{ ...ok, maxTransfers: '99' }, 'maxTransfers'],
    [{ ...ok, window: 'abc' }, 'window'],
    [{ ...ok, arriveBy: 'maybe' }, 'arriveBy'],
    [{ ...ok, lang: 'xx' }, 'lang'],
    [{ ...ok, bogus: '1' }, 'bogus'],
    [{ from: 'smolensk', date: '2026-04-10', time: '07:00' }, 'to'],
  ])('%o -> param %s', async (query, param) => {
    const res = await request(app).get(`/api/journeys?${qs(query as Record<string, string>)}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.error.param).toBe(param);
    expect(typeof res.body.error.code).toBe('string');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a repeated parameter is refused, not silently picked', async () => {
    const res = await request(app).get(`/api/journeys?${qs(ok)}&from=orsha`);
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('from');
  });

  it('unknown stops are 404 naming from/to', async () => {
    const res = await request(app).get(`/api/journeys?${qs({ ...ok, to: 'nowhere' })}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'unknown_stop', param: 'to' });
  });

  it('unknown feed is 404, unknown endpoint is 404 JSON', async () => {
    expect((await request(app).get(`/api/journeys?${qs({ ...ok, feed: 'nope' })}`)).body.error).toMatchObject(
      { code: 'unknown_feed', param: 'feed' },
    );
    const res = await request(app).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('a 100 KB query string is refused before any work', async () => {
    const res = await request(app).get(`/api/stops?q=${'a'.repeat(100_000)}`);
    expect([414, 431]).toContain(res.status);
  });

  it('unknown parameters are rejected on parameterless endpoints too', async () => {
    const res = await request(app).get('/api/health?x=1');
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('x');
  });

  it('path traversal in ids is just an unknown id', async () => {
    const res = await request(app).get('/api/trips/..%2F..%2Fetc%2Fpasswd?date=2026-04-10');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('unknown_trip');
  });
});
