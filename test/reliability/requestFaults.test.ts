import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/api/createApp.ts';
import { FeedCatalog } from '../../server/feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../server/feeds/LoadedFeed.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { corridor2026, locator, repoRoot } from '../api/util/testApp.ts';

/** A catalog whose lookup of the feed `boom` throws, as a bug deep in a handler would. */
class ThrowingCatalog extends FeedCatalog {
  override get(id: string | undefined): LoadedFeed | undefined {
    if (id === 'boom') throw new TypeError('injected failure inside a request');
    return super.get(id);
  }
}

const token = 'faults-admin-token-0123456789';
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  const feed = (await loadServedFeed(corridor2026, locator)).feed!;
  const sink = new Writable({
    write(chunk, _enc, done) {
      logged.push(String(chunk));
      done();
    },
  });
  app = createApp({
    catalog: new ThrowingCatalog([feed]),
    logger: pino({ level: 'error' }, sink),
    locator,
    version: 'test',
    reload: () => Promise.reject(new Error('injected async failure')),
    adminToken: token,
    // The client's source pages stand in for the build: same files, same inline-free markup.
    clientDir: join(repoRoot, 'client'),
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    rateLimitPerMinute: 0,
  });
});

describe('an exception inside one request', () => {
  it('becomes a 500 JSON without a stack; the stack goes to the log; the next request is served', async () => {
    for (const url of [
      '/api/journeys?from=orsha&to=vitebsk&date=2026-04-10&time=07:00&feed=boom',
      '/api/stops?q=orsha&feed=boom',
      '/api/network?feed=boom',
    ]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(500);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    }
    expect(logged.join('')).toMatch(/injected failure inside a request/);
    expect(logged.join('')).toMatch(/"stack":"TypeError/);
    const ok = await request(app).get('/api/journeys?from=orsha&to=vitebsk&date=2026-04-10&time=07:00');
    expect(ok.status).toBe(200);
  });

  it('a rejected promise in an async handler is a 500 too (Express 5 forwards it)', async () => {
    const res = await request(app).post('/api/admin/reload').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal');
    expect(logged.join('')).toMatch(/injected async failure/);
    expect((await request(app).get('/api/health')).status).toBe(200);
  });
});

describe('content types, CSP and paths', () => {
  it('sets a strict CSP and nosniff on pages and API answers', async () => {
    for (const url of ['/', '/embed', '/embed.html', '/api/health', '/api/nothing']) {
      const res = await request(app).get(url);
      const csp = res.headers['content-security-policy'] as string;
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp, url).toMatch(/style-src 'self'(;|$)/);
      expect(csp, url).toMatch(/object-src 'none'/);
      expect(csp, url).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('the client satisfies it: no inline scripts, handlers or styles in its pages (source and build)', () => {
    const pages = ['index.html', 'embed/index.html', 'embed-docs/index.html'];
    const files = [
      ...pages.map((p) => join(repoRoot, 'client', p)),
      ...pages.map((p) => join(repoRoot, 'dist/client', p)).filter((p) => existsSync(p)),
    ];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, file).toMatch(/\bsrc=/);
      expect(html, file).not.toMatch(/<style\b/);
      expect(html, file).not.toMatch(/\sstyle=/);
      expect(html, file).not.toMatch(/\son[a-z]+=/);
      expect(html, file).not.toMatch(/javascript:/);
    }
  });

  it('the printed timetable page (the one HTML answer) escapes feed strings and has no script', async () => {
    const { testApp, repoRoot: root } = await import('../api/util/testApp.ts');
    const { app: xss } = await testApp([join(root, 'test/fixtures/api/xss-feed')]);
    const res = await request(xss).get('/api/timetable?from=x1&to=x2&date=2026-03-02&format=html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.text).not.toMatch(/<img|<iframe|<script/i);
    expect(res.text).toMatch(/(&lt;|&#60;)img src=x onerror=alert\(1\)(&gt;|&#62;)/);
    // No inline style or handler inside a tag (the escaped name's "onerror=" is text, not a tag).
    expect(res.text).not.toMatch(/<style\b|<[^>]*\s(style|on[a-z]+)=/);
  });

  it('API answers are JSON, whatever the Accept header asks', async () => {
    for (const accept of ['text/html', '*/*', 'application/xml']) {
      const res = await request(app).get('/api/stops?q=orsha').set('Accept', accept);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const err = await request(app)
        .get('/api/stops/%3Cb%3E/departures?date=2026-04-10')
        .set('Accept', accept);
      expect(err.headers['content-type']).toBe('application/json; charset=utf-8');
    }
  });

  it.each([
    '/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/embed/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/api/trips/..%2F..%2Fpackage.json?date=2026-04-10',
    '/api/stops/..%2F..%2Fpackage.json/departures?date=2026-04-10',
  ])('traversal %s is inert', async (url) => {
    const res = await request(app).get(url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/"name": "corridor"|root:x:0/);
  });
});
