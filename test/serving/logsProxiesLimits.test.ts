import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/api/createApp.ts';
import { createHttpServer } from '../../server/api/createHttpServer.ts';
import { Metrics } from '../../server/api/metrics/Metrics.ts';
import { loadConfig, parseTrustProxy } from '../../server/config.ts';
import { FeedCatalog } from '../../server/feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../server/feeds/LoadedFeed.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { corridor2026, locator, repoRoot } from '../api/util/testApp.ts';

const token = 'serving-admin-token-0123456789';
let feed: LoadedFeed;
beforeAll(async () => {
  feed = (await loadServedFeed(corridor2026, locator)).feed!;
});

function app(o: Partial<Parameters<typeof createApp>[0]> = {}, lines: string[] = []) {
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const catalog = new FeedCatalog([feed]);
  return createApp({
    catalog,
    logger: pino({ level: 'info' }, sink),
    locator,
    version: 'test',
    reload: async () => ({ ok: true, feeds: [] }),
    adminToken: token,
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    rateLimitPerMinute: 0,
    ...o,
  });
}

describe('logs', () => {
  it('never writes the admin token or cookies to the log', async () => {
    const lines: string[] = [];
    const a = app({}, lines);
    await request(a).post('/api/admin/reload').set('Authorization', `Bearer ${token}`).expect(200);
    await request(a).post('/api/admin/reload').set('Authorization', `Bearer ${token}x`).expect(401);
    await request(a).get('/api/feeds').set('Cookie', 'session=secret-cookie-value').expect(200);
    const log = lines.join('');
    expect(log).toContain('/api/admin/reload'); // the calls are logged...
    expect(log).toContain('[redacted]');
    expect(log).not.toContain(token); // ...their credentials are not
    expect(log).not.toContain('secret-cookie-value');
  });
});

describe('TRUST_PROXY', () => {
  it('parses false, hop counts and address lists; refuses true and junk', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('loopback, 10.0.0.0/8,::1')).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/8,evil host')).toThrow(/evil host/);
    expect(loadConfig({ TRUST_PROXY: '2' }, [], repoRoot).trustProxy).toBe(2);
  });

  it('behind one trusted proxy, each client has its own rate-limit bucket', async () => {
    const a = app({ rateLimitPerMinute: 2, trustProxy: 1 });
    const from = (ip: string) => request(a).get('/api/feeds').set('X-Forwarded-For', ip);
    await from('203.0.113.1').expect(200);
    await from('203.0.113.1').expect(200);
    await from('203.0.113.1').expect(429);
    await from('203.0.113.2').expect(200); // another client behind the same proxy
  });

  it('without trust proxy, X-Forwarded-For is ignored (a client cannot pick its bucket)', async () => {
    const a = app({ rateLimitPerMinute: 2 });
    const from = (ip: string) => request(a).get('/api/feeds').set('X-Forwarded-For', ip);
    await from('203.0.113.1').expect(200);
    await from('203.0.113.2').expect(200);
    await from('203.0.113.3').expect(429);
  });
});

/** A server on 127.0.0.1 with these limits around a tiny app that reads request bodies. */
async function limited(limits: Partial<Parameters<typeof createHttpServer>[1]>) {
  const a = express();
  a.post('/upload', (req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => res.send('ok'));
  });
  const server = createHttpServer(a, {
    headersTimeoutMs: 1_000,
    requestTimeoutMs: 2_000,
    keepAliveTimeoutMs: 5_000,
    maxConnections: 100,
    ...limits,
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { server, port };
}

/** Resolves with the milliseconds until the server closes the socket (or rejects after `maxMs`). */
function closedWithin(socket: Socket, maxMs: number): Promise<number> {
  const started = Date.now();
  return new Promise((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`socket still open after ${maxMs} ms`)), maxMs);
    socket.once('close', () => {
      clearTimeout(t);
      ok(Date.now() - started);
    });
    socket.on('error', () => undefined);
  });
}

describe('HTTP limits', () => {
  it('cuts off a client trickling a body at the request timeout', async () => {
    const { server, port } = await limited({ requestTimeoutMs: 2_000 });
    try {
      const s = connect(port, '127.0.0.1');
      s.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n');
      const trickle = setInterval(() => s.writable && s.write('x'), 100);
      let answer = '';
      s.on('data', (d) => {
        answer += d;
      });
      // Node's default check interval was 30 s; here the socket goes within a couple of seconds of 2 s.
      const ms = await closedWithin(s, 15_000).finally(() => clearInterval(trickle));
      expect(ms).toBeGreaterThanOrEqual(1_000);
      expect(answer).not.toContain('ok');
    } finally {
      server.close();
    }
  });

  it('cuts off a client trickling its headers at the headers timeout', async () => {
    const { server, port } = await limited({ headersTimeoutMs: 1_000 });
    try {
      const s = connect(port, '127.0.0.1');
      s.write('GET / HTTP/1.1\r\n');
      const trickle = setInterval(() => s.writable && s.write('X-A: b\r\n'), 100);
      await closedWithin(s, 15_000).finally(() => clearInterval(trickle));
    } finally {
      server.close();
    }
  });

  it('closes connections past the cap on arrival', async () => {
    const { server, port } = await limited({ maxConnections: 2 });
    const open: Socket[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const s = connect(port, '127.0.0.1');
        await new Promise((ok) => s.once('connect', ok));
        open.push(s);
      }
      await new Promise((r) => setTimeout(r, 100)); // both accepted by the server
      const third = connect(port, '127.0.0.1');
      open.push(third);
      await closedWithin(third, 5_000);
      expect(open[0].destroyed).toBe(false);
    } finally {
      for (const s of open) s.destroy();
      server.close();
    }
  });
});

describe('metrics and readiness', () => {
  it('GET /metrics: Prometheus text with route latencies, event-loop lag and feed versions', async () => {
    const catalog = new FeedCatalog([feed]);
    const metrics = new Metrics({ catalog });
    const a = app({ catalog, metrics });
    await request(a).get('/api/stops?q=orsha').expect(200);
    await request(a).get('/api/stops/orsha/departures?date=2026-04-10&time=06:00').expect(200);
    const res = await request(a).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/stops"/);
    expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/stops\/:id\/departures"/);
    expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
    expect(text).toContain(`corridor_feed_info{feed="corridor-2026-plan",version="${feed.version}"} 1`);
    expect(text).toMatch(/corridor_feed_load_seconds\{feed="corridor-2026-plan"\} \d/);
    expect(text).toContain('corridor_worker_pool_queue_length');
  });

  it('GET /api/ready: 200 when serving, 503 with the reason while draining; /api/health stays 200', async () => {
    let draining = false;
    const a = app({
      readiness: () => (draining ? { ready: false, draining, reason: 'shutting down' } : { ready: true }),
    });
    expect((await request(a).get('/api/ready').expect(200)).body).toMatchObject({ ready: true, feeds: 1 });
    draining = true;
    const r = await request(a).get('/api/ready').expect(503);
    expect(r.body).toMatchObject({ ready: false, draining: true, reason: 'shutting down' });
    await request(a).get('/api/health').expect(200);
    const empty = app({ catalog: new FeedCatalog([]) });
    expect((await request(empty).get('/api/ready').expect(503)).body.reason).toBe('no feed loaded');
  });
});
