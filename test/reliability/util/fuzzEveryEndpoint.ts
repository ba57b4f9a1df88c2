import { Agent, type Server } from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridor2024, corridor2026, testApp } from '../../api/util/testApp.ts';
import { fcSeed } from '../../util/fcSeed.ts';

/** A value a hostile or careless client might send, raw (already percent-encoded where needed). */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 20 }).map(encodeURIComponent),
  fc.oneof(fc.bigInt(), fc.double(), fc.integer()).map((n) => encodeURIComponent(String(n))),
  fc.constantFrom(
    '',
    '%',
    '%E0%A4%A',
    '%FF%FE',
    '%00',
    '..%2F..%2Fetc%2Fpasswd',
    '../../etc/passwd',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '1e400',
    '-0',
    '99999999999999999999999',
    'NaN',
    'true',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    'x'.repeat(3000),
  ),
);

/** Plausible values per parameter, so the fuzz also reaches the handlers behind validation. */
const plausible: Record<string, fc.Arbitrary<string>> = {
  from: fc.constantFrom('smolensk', 'orsha', 'vitebsk', 'gnezdovo', 'bogushevskaya'),
  to: fc.constantFrom('smolensk', 'orsha', 'vitebsk', 'gnezdovo', 'bogushevskaya'),
  date: fc
    .date({ min: new Date('2023-12-25'), max: new Date('2027-01-05'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  baselineDate: fc.constantFrom('2024-09-10', '2025-02-28', '1999-01-01'),
  time: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${h}`.padStart(2, '0').concat(':', `${m}`.padStart(2, '0'))),
  window: fc.integer({ min: 0, max: 1440 }).map(String),
  duration: fc.integer({ min: 1, max: 1440 }).map(String),
  maxTransfers: fc.integer({ min: 0, max: 8 }).map(String),
  minTransfer: fc.integer({ min: 0, max: 120 }).map(String),
  limit: fc.integer({ min: 1, max: 100 }).map(String),
  arriveBy: fc.constantFrom('true', 'false', '1', '0'),
  changed: fc.constantFrom('true', 'false'),
  lang: fc.constantFrom('en', 'ru', 'be'),
  feed: fc.constantFrom('corridor-2024', 'corridor-2026-plan', '..', '.'),
  baseline: fc.constantFrom('corridor-2024', 'corridor-2026-plan'),
  scenario: fc.constantFrom('corridor-2024', 'corridor-2026-plan'),
  q: fc.constantFrom('smol', 'Орша', 'vit', 'в', ''),
  stations: fc.constantFrom('smolensk,orsha,vitebsk', 'orsha,vitebsk', 'smolensk'),
  format: fc.constantFrom('json', 'csv', 'html'),
  line: fc.constantFrom('smolensk--vitebsk', 'orsha--vitebsk', 'smolensk--orsha', 'x--y'),
  compare: fc.constantFrom('corridor-2024', 'corridor-2026-plan'),
  compareDate: fc.constantFrom('2024-09-10', '2026-04-10'),
};

/** A query string: some of the endpoint's parameters (plausible or hostile), sometimes repeated or unknown. */
function queryOf(params: string[]) {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...(params.length ? params : ['feed'])) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'a[b]', 'from[]', 'constructor') },
  );
  const pair = name.chain((n) =>
    fc
      .oneof(
        { weight: 3, arbitrary: Object.hasOwn(plausible, n) ? plausible[n] : hostile },
        { weight: 2, arbitrary: hostile },
      )
      .map((v) => `${n}=${v}`),
  );
  return fc.array(pair, { maxLength: 9 }).map((pairs) => pairs.join('&'));
}

const pathId = fc.oneof(
  fc.constantFrom(
    'smolensk',
    'orsha',
    't2026_orsha_vitebsk_0930',
    '..',
    '.',
    '%2e%2e',
    '..%2F..%2Fpackage.json',
  ),
  hostile.filter((s) => s.length > 0),
);

/** Every GET endpoint: a path (maybe with a fuzzed id) and its parameter names. */
export const endpoints: { name: string; path: fc.Arbitrary<string>; params: string[]; runs?: number }[] = [
  { name: '/api/health', path: fc.constant('/api/health'), params: [] },
  { name: '/api/feeds', path: fc.constant('/api/feeds'), params: [] },
  {
    name: '/api/journeys',
    path: fc.constant('/api/journeys'),
    params: [
      'from',
      'to',
      'date',
      'time',
      'arriveBy',
      'window',
      'maxTransfers',
      'minTransfer',
      'feed',
      'lang',
    ],
  },
  { name: '/api/stops', path: fc.constant('/api/stops'), params: ['q', 'lang', 'feed', 'limit'] },
  {
    name: '/api/stops/:id/departures|arrivals',
    path: fc
      .tuple(pathId, fc.constantFrom('departures', 'arrivals'))
      .map(([id, kind]) => `/api/stops/${id}/${kind}`),
    params: ['date', 'time', 'duration', 'feed', 'lang'],
  },
  { name: '/api/trips/:id', path: pathId.map((id) => `/api/trips/${id}`), params: ['date', 'feed', 'lang'] },
  { name: '/api/network', path: fc.constant('/api/network'), params: ['feed', 'lang'], runs: 100 },
  {
    name: '/api/compare',
    path: fc.constant('/api/compare'),
    params: ['baseline', 'scenario', 'date', 'baselineDate', 'stations', 'format'],
    runs: 100,
  },
  {
    name: '/api/compare/pair',
    path: fc.constant('/api/compare/pair'),
    params: ['baseline', 'scenario', 'date', 'baselineDate', 'from', 'to', 'lang'],
    runs: 100,
  },
  {
    name: '/api/compare/jobs/:id',
    path: pathId.map((id) => `/api/compare/jobs/${id}`),
    params: ['format', 'changed'],
  },
  { name: '/api/openapi.json', path: fc.constant('/api/openapi.json'), params: [] },
  { name: '/api/lines', path: fc.constant('/api/lines'), params: ['feed'], runs: 100 },
  {
    name: '/api/diagram',
    path: fc.constant('/api/diagram'),
    params: ['feed', 'line', 'date', 'from', 'to', 'compare', 'compareDate'],
    runs: 100,
  },
  {
    name: '/api/timetable',
    path: fc.constant('/api/timetable'),
    params: ['from', 'to', 'date', 'feed', 'format'],
    runs: 100,
  },
];

const STACK = /\bat [\w.<>]+ \(|\.ts:\d+|node:internal|\/work\/|Error: .*\n\s+at /;

/**
 * The fuzz over every GET endpoint's parameters on the real app and the shipped feeds: whatever the
 * query (unicode, huge numbers, repeated parameters, bad percent-encoding, traversal strings, missing
 * parameters), the answer is a 2xx/3xx/4xx JSON (or CSV, HTML, SVG) document without a stack trace,
 * within the request timeout. Each endpoint runs `runs` cases (200, or 100 for the costly ones) divided
 * by `divisor`; with the same seed, a divided run's cases are the first of the full run's.
 */
export function fuzzEveryEndpoint(divisor: number): void {
  let server: Server;
  let base: string;
  // One kept-alive connection instead of a new one per request: half the cost of a case.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  beforeAll(async () => {
    const { app } = await testApp([corridor2024, corridor2026], { defaultFeed: 'corridor-2026-plan' });
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    agent.destroy();
    const closed = new Promise((r) => server.close(r));
    server.closeAllConnections();
    await closed;
  });

  describe('fuzzed GET parameters never yield a 5xx, a stack trace or a hang', () => {
    it.each(endpoints)('$name', async ({ path, params, runs }) => {
      await fc.assert(
        fc.asyncProperty(path, queryOf(params), async (p, q) => {
          const url = q ? `${p}?${q}` : p;
          // A hang fails the request (and the property) through the generous timeout; how fast answers
          // come is the bench's and the load test's business, not a unit test's.
          const res = await request(base).get(url).agent(agent).timeout(5_000).buffer(true);
          expect(res.status, url).toBeLessThan(500);
          expect(res.headers['content-type'], url).toMatch(
            /^(application\/json|text\/csv|text\/html|image\/svg\+xml); charset=utf-8$/,
          );
          if (res.headers['content-type'].startsWith('text/html')) expect(p, url).toBe('/api/timetable');
          // A valid line and date give the diagram itself (fast-check finds one now and then).
          if (res.headers['content-type'].startsWith('image/svg+xml')) expect(p, url).toBe('/api/diagram');
          // supertest leaves `text` unset for SVG (its body is then a Buffer).
          const text = typeof res.text === 'string' ? res.text : Buffer.from(res.body).toString('utf8');
          expect(text, url).not.toMatch(STACK);
          if (res.status >= 400) expect(typeof res.body.error?.code, url).toBe('string');
        }),
        { numRuns: Math.ceil((runs ?? 200) / divisor), seed: fcSeed(7) },
      );
    });

    it('refuses a 100 KB query string on every endpoint before any work', async () => {
      for (const { name } of endpoints) {
        const path = name.replace(':id', 'smolensk').replace('|arrivals', '');
        const res = await request(base).get(`${path}?q=${'a'.repeat(100_000)}`);
        expect([414, 431], path).toContain(res.status);
      }
    });
  });
}
