import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../api/util/testApp.ts';
import { writeTinyFeed } from '../api/util/writeTinyFeed.ts';

/**
 * Issue 18, countries on real coordinates: scenarios on tiny feeds with real positions, read through
 * the API as a traveller sees them (the stop's country, a leg's border crossings, the feed's warnings).
 */
let dir: string;
let ctx: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-countries-'));
  const coast = writeTinyFeed(
    join(dir, 'coast'),
    'S',
    [
      'perpignan,Perpignan,42.6964,2.8796',
      'cerbere,Cerbère,42.4423,3.1676',
      // Drawn at the harbour, beyond Natural Earth's coastline (about 0.3 km off it): no polygon.
      'portbou,Portbou,42.4253,3.1820',
      'figueres,Figueres,42.2653,2.9653',
      // Granville's station, outside the generalised Normandy coast.
      'granville,Granville,48.8386,-1.5939',
      'folligny,Folligny,48.8270,-1.4089',
    ],
    [
      'TS: perpignan 08:00, cerbere 08:40, portbou 09:00, figueres 09:40',
      'TG: granville 07:00, folligny 07:15',
    ],
  );
  const oder = writeTinyFeed(
    join(dir, 'oder'),
    'D',
    // `mid` lies 0.7 km across the Oder in Poland by Natural Earth; the line runs on the German side.
    ['west,Westdorf,52.35,14.45', 'mid,Mittendorf,52.35,14.575', 'north,Nordstadt,52.50,14.45'],
    ['TD1: west 08:00, mid 08:20, north 08:40', 'TD2: north 09:00, mid 09:20, west 09:40'],
  );
  const terminus = writeTinyFeed(
    join(dir, 'terminus'),
    'P',
    // The same place as a terminus of trains from Germany: a real crossing into Poland.
    ['west,Westdorf,52.35,14.45', 'slubice,Słubice,52.35,14.575'],
    ['TP: west 08:00, slubice 08:20'],
  );
  // Austrian trains through Sopron (Hungary, 5 km inside) and back into Austria: real crossings.
  const sopron = writeTinyFeed(
    join(dir, 'sopron'),
    'G',
    [
      'loipersbach,Loipersbach-Schattendorf,47.6995,16.4530',
      'sopron,Sopron,47.677862,16.586655',
      'deutschkreutz,Deutschkreutz,47.6004,16.6300',
    ],
    ['TG1: loipersbach 08:00, sopron 08:15, deutschkreutz 08:30'],
  );
  ctx = await testApp([coast, oder, terminus, sopron]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const crossings = async (feed: string, from: string, to: string, time = '07:30') => {
  const res = await request(ctx.app).get(
    `/api/journeys?from=${from}&to=${to}&date=2026-03-10&time=${time}&count=1&feed=${feed}`,
  );
  expect(res.status).toBe(200);
  return res.body.journeys[0].legs
    .filter((l: { type: string }) => l.type === 'train')
    .flatMap(
      (l: {
        borderCrossings: { fromCountry: string; toCountry: string; afterStop: string; beforeStop: string }[];
      }) => l.borderCrossings.map((c) => `${c.fromCountry}→${c.toCountry} ${c.afterStop}|${c.beforeStop}`),
    );
};
const country = async (feed: string, q: string) =>
  (await request(ctx.app).get(`/api/stops?q=${q}&feed=${feed}`)).body.stops[0].country;

describe('countries on real coordinates', () => {
  it('a station just off every land polygon takes the nearest country within 10 km: the crossing is at Cerbère', async () => {
    expect(await country('coast', 'portbou')).toBe('ES');
    expect(await country('coast', 'granville')).toBe('FR');
    const names = await crossings('coast', 'perpignan', 'figueres');
    expect(names).toHaveLength(1);
    expect(names[0]).toBe('FR→ES cerbere|portbou');
    expect(await crossings('coast', 'granville', 'folligny', '06:30')).toEqual([]);
  });

  it('a station whose country contradicts both neighbours on all its trips: a warning, no phantom crossing', async () => {
    expect(await country('oder', 'mittendorf')).toBe('DE');
    expect(await crossings('oder', 'west', 'north')).toEqual([]);
    const feeds = (await request(ctx.app).get('/api/feeds')).body.feeds;
    const oder = ctx.catalog.get('oder')!;
    expect(oder.report.warnings).toContainEqual(
      expect.objectContaining({ code: 'StopCountryNeighboursWarning', entityId: 'mid', file: 'stops.txt' }),
    );
    expect(feeds.find((f: { id: string }) => f.id === 'oder').warnings).toBe(oder.report.warnings.length);
    expect(ctx.catalog.get('coast')!.report.warnings.map((w) => `${w.code} ${w.entityId}`)).toEqual([
      'StopCountryNearestWarning portbou',
      'StopCountryNearestWarning granville',
    ]);
  });

  it('a terminus across the border is a real crossing (no trip runs through it)', async () => {
    expect(await country('terminus', 'slubice')).toBe('PL');
    expect(await crossings('terminus', 'west', 'slubice')).toEqual(['DE→PL west|slubice']);
  });

  it('a station well inside another country keeps it: Sopron, there and back, is two real crossings', async () => {
    expect(await country('sopron', 'sopron')).toBe('HU');
    expect(await crossings('sopron', 'loipersbach', 'deutschkreutz')).toEqual([
      'AT→HU loipersbach|sopron',
      'HU→AT sopron|deutschkreutz',
    ]);
    expect(ctx.catalog.get('sopron')!.report.warnings).toEqual([]);
  });
});
