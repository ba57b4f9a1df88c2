import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseNetworks } from '../../server/config.ts';
import { readStopLinks } from '../../server/feeds/readStopLinks.ts';
import { repoRoot, testApp } from './util/testApp.ts';
import { writeTinyFeed } from './util/writeTinyFeed.ts';

/**
 * Issue 18, many feeds as one network at the API: two operators publish separately; `feed=a,b` (or a
 * configured network's name) routes over both.
 */
let dir: string;
let ctx: Awaited<ReturnType<typeof testApp>>;
const Q = 'date=2026-03-10&time=07:00&count=1';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-networks-'));
  const west = writeTinyFeed(
    join(dir, 'west'),
    'W',
    // `cross` is 33 m from east's `cross_e`, same name: one station. `lyon` is linked by the links file.
    [
      'w1,Westend,52.0,13.0',
      'cross,Grenzbahnhof,52.1,13.1',
      'same,Samestadt,52.3,13.3',
      'lyon,Lyon West,50.0,5.0',
    ],
    ['TW: w1 08:00, cross 08:30', 'TW2: same 09:00, w1 09:30', 'TWL: w1 10:00, lyon 10:30'],
  );
  const east = writeTinyFeed(
    join(dir, 'east'),
    'E',
    // `same`: the same id as west's at another place (ambiguous: qualified, the bare id means both).
    [
      'cross_e,GRENZBAHNHOF,52.1003,13.1',
      'e1,Ostend,52.2,13.2',
      'same,Samedorf,53.0,14.0',
      'lyon_e,Lyon Est,50.003,5.004',
    ],
    [
      'TE1: cross_e 08:33, e1 08:50',
      'TE2: cross_e 08:40, e1 09:00',
      'TE3: same 09:00, e1 09:20',
      'TEL: lyon_e 10:40, e1 11:00',
    ],
  );
  ctx = await testApp([west, east], {
    networks: new Map([['both', ['west', 'east']]]),
    links: [{ a: { feed: 'west', stop: 'lyon' }, b: { feed: 'east', stop: 'lyon_e' } }],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const legs = (body: {
  journeys: { legs: { type: string; trip?: { id: string; feed: string; agency: { name: string } } }[] }[];
}) =>
  body.journeys[0].legs
    .filter((l) => l.type === 'train')
    .map((l) => `${l.trip!.feed}/${l.trip!.agency.name}/${l.trip!.id}`);

describe('feed=a,b: several feeds routed as one network (issue 18)', () => {
  it('a journey changes between feeds at a station formed by name; each leg names its feed and agency', async () => {
    const res = await request(ctx.app).get(`/api/journeys?from=w1&to=e1&${Q}&feed=west,east`);
    expect(res.status).toBe(200);
    expect(res.body.feed).toBe('west,east');
    // 3 min at Grenzbahnhof is less than the default 5-min change: the 08:40 train.
    expect(legs(res.body)).toEqual(['west/W Rail/TW', 'east/E Rail/TE2']);
    const quick = await request(ctx.app).get(`/api/journeys?from=w1&to=e1&${Q}&feed=west,east&minTransfer=2`);
    expect(legs(quick.body)).toEqual(['west/W Rail/TW', 'east/E Rail/TE1']);
    // A single feed does not reach the other's stops.
    expect((await request(ctx.app).get(`/api/journeys?from=w1&to=e1&${Q}&feed=west`)).status).toBe(404);
  });

  it('the order of the ids does not matter, and the network is built once, not per request', async () => {
    const a = ctx.catalog.get('west,east');
    expect(ctx.catalog.get('east,west')).toBe(a);
    expect(ctx.catalog.get('west,east')).toBe(a);
    const res = await request(ctx.app).get(`/api/journeys?from=w1&to=e1&${Q}&feed=east,west`);
    expect(res.body.feed).toBe('west,east');
  });

  it('a configured network is served by its name and listed in /api/feeds with its members', async () => {
    const res = await request(ctx.app).get(`/api/journeys?from=w1&to=e1&${Q}&feed=both`);
    expect(legs(res.body)).toEqual(['west/W Rail/TW', 'east/E Rail/TE2']);
    const feeds = (await request(ctx.app).get('/api/feeds')).body.feeds;
    expect(feeds.map((f: { id: string }) => f.id)).toEqual(['west', 'east', 'both']);
    expect(feeds[2]).toMatchObject({ members: ['west', 'east'], stations: 2 });
  });

  it('an id two feeds use for different places is feed:id; the bare id means both', async () => {
    const west = await request(ctx.app).get(
      `/api/journeys?from=west:same&to=w1&date=2026-03-10&time=08:00&feed=west,east`,
    );
    expect(legs(west.body)).toEqual(['west/W Rail/TW2']);
    const east = await request(ctx.app).get(
      `/api/journeys?from=east:same&to=e1&date=2026-03-10&time=08:00&feed=west,east`,
    );
    expect(legs(east.body)).toEqual(['east/E Rail/TE3']);
    const board = await request(ctx.app).get(
      '/api/stops/same/departures?date=2026-03-10&time=08:00&feed=west,east',
    );
    expect(board.status).toBe(200);
    expect(
      board.body.entries.map((e: { trip: { id: string; feed: string } }) => `${e.trip.feed}/${e.trip.id}`),
    ).toEqual(['west/TW2', 'east/TE3']);
    // feed:stop_id also names a stop whose id is not ambiguous.
    const q = await request(ctx.app).get(`/api/journeys?from=west:w1&to=east:e1&${Q}&feed=west,east`);
    expect(q.status).toBe(200);
  });

  it('stops listed in the links file are one station', async () => {
    const res = await request(ctx.app).get(
      '/api/journeys?from=w1&to=e1&date=2026-03-10&time=09:45&count=1&feed=west,east',
    );
    expect(legs(res.body)).toEqual(['west/W Rail/TWL', 'east/E Rail/TEL']);
    expect(
      ctx.catalog
        .get('west,east')!
        .network!.stations.map((s) => s.reason)
        .sort(),
    ).toEqual(['links file', 'nearby, same name']);
  });

  it('stop search and boards take feed=a,b too', async () => {
    const stops = await request(ctx.app).get('/api/stops?q=ostend&feed=west,east');
    expect(stops.body.stops.map((s: { id: string }) => s.id)).toContain('e1');
    const board = await request(ctx.app).get(
      '/api/stops/cross/departures?date=2026-03-10&time=08:00&feed=west,east',
    );
    expect(board.status).toBe(200);
  });

  it('names the unknown member; a bad list is a 400', async () => {
    const res = await request(ctx.app).get(`/api/journeys?from=w1&to=e1&${Q}&feed=west,nowhere`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'unknown_feed', param: 'feed' });
    expect(res.body.error.message).toMatch(/nowhere/);
    expect((await request(ctx.app).get(`/api/journeys?from=w1&to=e1&${Q}&feed=west,,east`)).status).toBe(400);
  });
});

describe('network settings', () => {
  it('CORRIDOR_NETWORKS and --network name networks of feeds', () => {
    expect(parseNetworks(['corridor=a+b, other=c+d+e'])).toEqual(
      new Map([
        ['corridor', ['a', 'b']],
        ['other', ['c', 'd', 'e']],
      ]),
    );
    expect(loadConfig({ CORRIDOR_NETWORKS: 'x=a+b' }, [], repoRoot).networks.get('x')).toEqual(['a', 'b']);
    expect(loadConfig({}, ['--network', 'y=a+c'], repoRoot).networks.get('y')).toEqual(['a', 'c']);
    expect(() => parseNetworks(['x=a'])).toThrow(/CORRIDOR_NETWORKS/);
    expect(() => parseNetworks(['x=a+b,x=c+d'])).toThrow(/twice/);
    expect(() => parseNetworks(['x y=a+b'])).toThrow(/CORRIDOR_NETWORKS/);
  });

  it('the links file: a header, one pair a line, comments; a malformed line is named', () => {
    const file = join(dir, 'links.csv');
    writeFileSync(file, '# same station\nfeed_a,stop_a,feed_b,stop_b\nwest,lyon,east,lyon_e\n\n');
    expect(readStopLinks(file)).toEqual([
      { a: { feed: 'west', stop: 'lyon' }, b: { feed: 'east', stop: 'lyon_e' } },
    ]);
    writeFileSync(file, 'feed_a,stop_a,feed_b,stop_b\nwest,lyon\n');
    expect(() => readStopLinks(file)).toThrow(/links.csv:2/);
    expect(readStopLinks(join(dir, 'none.csv'))).toEqual([]);
  });
});
