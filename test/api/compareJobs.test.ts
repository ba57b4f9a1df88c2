import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareJob, compareResponse } from '../../server/api/contract/index.ts';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
beforeAll(async () => {
  ({ app } = await testApp([corridor2026, corridor2024]));
});

const params = 'baseline=corridor-2024&scenario=corridor-2026-plan&date=2026-04-10&baselineDate=2024-08-01';

describe('comparison jobs (worker threads) on the corridor feeds', () => {
  it('POST starts a job, GET reports progress and then the same result as GET /api/compare', async () => {
    const started = await request(app).post(`/api/compare/jobs?${params}`);
    expect(started.status).toBe(202);
    const job = compareJob.parse(started.body);
    expect(started.headers.location).toBe(`/api/compare/jobs/${job.id}`);
    expect(job.state).toBe('running');
    let body = job;
    for (let i = 0; i < 300 && body.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const res = await request(app).get(`/api/compare/jobs/${job.id}`);
      expect(res.status).toBe(200);
      const next = compareJob.parse(res.body);
      expect(next.progress).toBeGreaterThanOrEqual(body.progress);
      body = next;
    }
    expect(body.error).toBeNull();
    expect(body.state).toBe('done');
    expect(body.progress).toBe(1);
    const direct = compareResponse.parse((await request(app).get(`/api/compare?${params}`)).body);
    expect(body.result).toEqual(direct);

    const changed = compareJob.parse((await request(app).get(`/api/compare/jobs/${job.id}?changed=1`)).body);
    expect(changed.result!.rows.length).toBeGreaterThan(0);
    expect(changed.result!.rows.every((r) => r.status !== 'same' && r.status !== 'none')).toBe(true);
    const csv = await request(app).get(`/api/compare/jobs/${job.id}?format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n').length - 2).toBe(direct.rows.length);
  }, 60_000);

  it('404 for an unknown job, 400 for a malformed id', async () => {
    const unknown = await request(app).get('/api/compare/jobs/0000');
    expect(unknown.status).toBe(404);
    const bad = await request(app).get('/api/compare/jobs/a.b');
    expect(bad.status).toBe(400);
  });
});
