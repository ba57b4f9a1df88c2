import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareJob } from '../../server/api/contract/index.ts';
import { poolWork } from '../../server/api/offThread/ApiWork.ts';
import { apiPool } from '../../server/api/offThread/apiPool.ts';
import type { WorkerPool } from '../../server/workers/WorkerPool.ts';
import { corridor2024, corridor2026, testApp } from './util/testApp.ts';

/** The same app with its heavy work and journeys on a pool of two worker threads. */
let pool: WorkerPool;
let pooled: Awaited<ReturnType<typeof testApp>>;
let inline: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  pool = apiPool(2);
  pooled = await testApp([corridor2026, corridor2024], {
    work: async (catalog) => {
      const work = poolWork(pool);
      await work.publish(catalog.list());
      return work;
    },
  });
  inline = await testApp([corridor2026, corridor2024]);
});
afterAll(() => pool.close());

const compare = 'baseline=corridor-2024&scenario=corridor-2026-plan&date=2026-04-10&baselineDate=2024-08-01';
const text = (app: typeof pooled.app, url: string) =>
  request(app)
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

describe('off the main thread (a worker pool)', () => {
  it('answers exactly what the main thread answers', async () => {
    for (const url of [
      '/api/lines?feed=corridor-2026-plan',
      '/api/diagram?feed=corridor-2026-plan&line=smolensk--vitebsk&date=2026-04-10&compare=corridor-2024&compareDate=2024-08-01',
      '/api/journeys?from=orsha&to=vitebsk&date=2026-04-10&time=07:00',
      '/api/timetable?from=smolensk&to=vitebsk&date=2026-04-10&format=csv',
      `/api/compare?${compare}`,
      `/api/compare/pair?${compare}&from=smolensk&to=vitebsk`,
      '/api/network?lang=ru',
      '/api/stops/orsha/departures?date=2026-04-10&time=06:00',
      '/api/stops/vitebsk/arrivals?date=2026-04-10&time=06:00&lang=en',
      '/api/journeys?from=nowhere&to=vitebsk&date=2026-04-10&time=07:00',
      // A network of two feeds (issue 18): built on the main thread, handed to the workers.
      '/api/journeys?from=smolensk&to=vitebsk&date=2026-04-10&time=07:00&feed=corridor-2024,corridor-2026-plan',
      '/api/lines?feed=corridor-2026-plan,corridor-2024',
    ]) {
      const [a, b] = await Promise.all([text(pooled.app, url), text(inline.app, url)]);
      expect(a.status, url).toBe(b.status);
      expect(a.headers['content-type'], url).toBe(b.headers['content-type']);
      expect(a.body, url).toBe(b.body);
    }
  });

  it('HEAD computes nothing; an answer is cached by feed version and parameters', async () => {
    const url = '/api/diagram?feed=corridor-2026-plan&line=orsha--vitebsk&date=2026-04-10&from=05:00';
    const before = pool.stats();
    const head = await request(pooled.app).head(url);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(head.headers.etag).toBeTruthy();
    expect(pool.stats()).toEqual(before);
    const first = await text(pooled.app, url);
    const second = await text(pooled.app, url);
    expect(second.body).toBe(first.body);
    expect((await request(pooled.app).get(url).set('If-None-Match', first.headers.etag)).status).toBe(304);
  });

  it('a comparison job runs on the pool, gives the synchronous answer, and can be cancelled', async () => {
    const started = compareJob.parse((await request(pooled.app).post(`/api/compare/jobs?${compare}`)).body);
    let job = started;
    for (let i = 0; i < 300 && (job.state === 'running' || job.state === 'queued'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = compareJob.parse((await request(pooled.app).get(`/api/compare/jobs/${started.id}`)).body);
    }
    expect(job.state).toBe('done');
    expect(job.result).toEqual((await request(inline.app).get(`/api/compare?${compare}`)).body);
    const again = compareJob.parse((await request(pooled.app).post(`/api/compare/jobs?${compare}`)).body);
    const cancelled = await request(pooled.app).delete(`/api/compare/jobs/${again.id}`);
    expect(cancelled.status).toBe(200);
    expect(compareJob.parse(cancelled.body).state).toBe('cancelled');
    expect((await request(pooled.app).delete('/api/compare/jobs/unknown')).status).toBe(404);
  });
});
