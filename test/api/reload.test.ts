import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridor2026, testApp } from './util/testApp.ts';

const token = 'test-admin-token-0123456789';
let dir: string;
let feedDir: string;
let app: Awaited<ReturnType<typeof testApp>>['app'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-reload-'));
  feedDir = join(dir, 'corridor-2026-plan');
  cpSync(corridor2026, feedDir, { recursive: true });
  ({ app } = await testApp([feedDir], { adminToken: token }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const departures = async () =>
  (await request(app).get('/api/stops/smolensk/departures?date=2026-04-10&time=00:00&duration=1440')).body
    .entries.length as number;

describe('POST /api/admin/reload', () => {
  it('refuses without the bearer token', async () => {
    expect((await request(app).post('/api/admin/reload')).status).toBe(401);
    expect((await request(app).post('/api/admin/reload').set('Authorization', 'Bearer wrong')).status).toBe(
      401,
    );
  });

  it('reports unchanged when nothing changed', async () => {
    const res = await request(app).post('/api/admin/reload').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.feeds).toEqual([{ id: 'corridor-2026-plan', status: 'unchanged' }]);
  });

  it('a broken feed keeps the old one serving and returns the report', async () => {
    const before = await departures();
    // Nothing can be served without an agency time zone: the feed is refused.
    const agency = join(feedDir, 'agency.txt');
    const good = readFileSync(agency, 'utf8');
    writeFileSync(agency, good.replace(/Europe\/(Minsk|Moscow)/g, 'Not/AZone'));
    const res = await request(app).post('/api/admin/reload').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(422);
    expect(res.body.feeds[0].status).toBe('kept');
    expect(res.body.feeds[0].errors[0]).toMatchObject({ file: 'agency.txt', field: 'agency_timezone' });
    expect(await departures()).toBe(before);
    writeFileSync(agency, good);
  });

  it('a feed with a few bad rows is served without them (issue 18: load what can be used)', async () => {
    const before = await departures();
    const stopTimes = join(feedDir, 'stop_times.txt');
    const good = readFileSync(stopTimes, 'utf8');
    // Every call at Smolensk names a stop that does not exist: those rows are left out, the rest served.
    writeFileSync(stopTimes, good.replace(/,smolensk,/g, ',no_such_stop,'));
    const res = await request(app).post('/api/admin/reload').set('Authorization', `Bearer ${token}`);
    expect(res.body.feeds[0].status).toBe('reloaded');
    expect(await departures()).toBeLessThan(before);
    writeFileSync(stopTimes, good);
    await request(app).post('/api/admin/reload').set('Authorization', `Bearer ${token}`);
    expect(await departures()).toBe(before);
  });

  it('a changed valid feed is swapped in and changes the ETag', async () => {
    const url = '/api/network';
    const etag = (await request(app).get(url)).headers.etag;
    const trips = join(feedDir, 'trips.txt');
    writeFileSync(trips, readFileSync(trips, 'utf8').replace(',Витебск,', ',Витебск-Пассажирский,'));
    const res = await request(app).post('/api/admin/reload').set('Authorization', `Bearer ${token}`);
    expect(res.body.feeds[0].status).toBe('reloaded');
    expect((await request(app).get(url)).headers.etag).not.toBe(etag);
  });
});

describe('reload disabled without ADMIN_TOKEN', () => {
  it('is 403', async () => {
    const { app: plain } = await testApp([corridor2026]);
    expect((await request(plain).post('/api/admin/reload')).status).toBe(403);
  });
});
