import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEEDS_DIR, readFeedFile } from './readFeedFile.ts';

/**
 * Facts from ../shared/corridor/SOURCES.md checked against the shipped feeds in data/feeds (copied here as
 * test facts, so this file needs nothing outside the repository).
 */
const F24 = 'corridor-2024';
const F26 = 'corridor-2026-plan';
const FEEDS = [F24, F26];
const BORDER_STATIONS = ['osinovka', 'zaolsha', 'krasnoye', 'rudnya', 'shukhovtsy', 'km462'];

const load = (feed: string) => ({
  trips: readFeedFile(feed, 'trips.txt'),
  stopTimes: readFeedFile(feed, 'stop_times.txt'),
  stops: readFeedFile(feed, 'stops.txt'),
  routes: readFeedFile(feed, 'routes.txt'),
  agencies: readFeedFile(feed, 'agency.txt'),
  calendar: readFeedFile(feed, 'calendar.txt'),
  shapes: readFeedFile(feed, 'shapes.txt'),
  translations: readFeedFile(feed, 'translations.txt'),
  advisories: readFeedFile(feed, 'border_advisories.txt'),
  feedInfo: readFeedFile(feed, 'feed_info.txt'),
});
const feeds = Object.fromEntries(FEEDS.map((f) => [f, load(f)]));

const timesOf = (feed: string, tripId: string) => feeds[feed].stopTimes.filter((st) => st.trip_id === tripId);
const tripByNumber = (feed: string, n: string) => {
  const found = feeds[feed].trips.filter((t) => t.trip_short_name === n);
  expect(found).toHaveLength(1);
  return found[0];
};
const seconds = (t: string) => {
  const [h, m, s] = t.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};

describe('corridor-2024: published times (SOURCES.md: gomel-ray.fpb.1prof.by, smolensk-i.ru, 1 Aug 2024)', () => {
  it.each([
    ['6191', '08:25:00', '10:34:00'],
    ['6193', '17:23:00', '19:31:00'],
  ])('train %s departs Smolensk at %s and arrives at Osinovka at %s, both timepoint 1', (n, dep, arr) => {
    const st = timesOf(F24, tripByNumber(F24, n).trip_id);
    expect(st[0]).toMatchObject({ stop_id: 'smolensk', departure_time: dep, timepoint: '1' });
    expect(st.at(-1)).toMatchObject({ stop_id: 'osinovka', arrival_time: arr, timepoint: '1' });
  });

  it('the returns depart Osinovka at 10:48 and 19:45 (timepoint 1) and run to Smolensk', () => {
    const returns = feeds[F24].trips
      .map((t) => timesOf(F24, t.trip_id))
      .filter((st) => st[0].stop_id === 'osinovka' && st.at(-1)!.stop_id === 'smolensk');
    expect(returns.map((st) => [st[0].departure_time, st[0].timepoint]).sort()).toEqual([
      ['10:48:00', '1'],
      ['19:45:00', '1'],
    ]);
  });

  it('marks every time that no source publishes as estimated (timepoint 0)', () => {
    const published = feeds[F24].stopTimes
      .filter((st) => st.timepoint === '1')
      .map((st) => {
        const trip = feeds[F24].trips.find((t) => t.trip_id === st.trip_id)!;
        return `${trip.trip_short_name || 'return'} ${st.stop_id} ${st.stop_sequence === '1' ? st.departure_time : st.arrival_time}`;
      })
      .sort();
    expect(published).toEqual([
      '6191 osinovka 10:34:00',
      '6191 smolensk 08:25:00',
      '6193 osinovka 19:31:00',
      '6193 smolensk 17:23:00',
      'return osinovka 10:48:00',
      'return osinovka 19:45:00',
    ]);
    expect(feeds[F26].stopTimes.filter((st) => st.timepoint !== '0')).toEqual([]);
  });

  it('has the Belarusian connections at Osinovka and Zaolsha and Smolensk ⇄ Zaolsha, morning and evening', () => {
    const ends = feeds[F24].trips.map((t) => {
      const st = timesOf(F24, t.trip_id);
      return `${st[0].stop_id}-${st.at(-1)!.stop_id}`;
    });
    for (const pair of [
      'orsha-osinovka',
      'osinovka-orsha',
      'vitebsk-zaolsha',
      'zaolsha-vitebsk',
      'smolensk-zaolsha',
      'zaolsha-smolensk',
    ])
      expect(ends.filter((e) => e === pair)).toHaveLength(2);
  });

  it('runs daily from 2024-08-01 for a full year', () => {
    expect(feeds[F24].calendar).toEqual([
      expect.objectContaining({ monday: '1', sunday: '1', start_date: '20240801', end_date: '20250731' }),
    ]);
  });
});

describe('corridor-2026-plan: direct trains from 2 April 2026 (ria.ru, vedomosti.ru, news.mail.ru)', () => {
  const trips = feeds[F26].trips.map((t) => {
    const st = timesOf(F26, t.trip_id);
    const cal = feeds[F26].calendar.find((c) => c.service_id === t.service_id)!;
    return { tripId: t.trip_id, from: st[0].stop_id, to: st.at(-1)!.stop_id, cal };
  });
  const runsOn = (cal: Record<string, string>, iso: string) => {
    const day = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][
      new Date(`${iso}T12:00:00Z`).getUTCDay()
    ];
    const d = iso.replaceAll('-', '');
    return cal.start_date <= d && d <= cal.end_date && cal[day] === '1';
  };

  it('has 3 pairs Smolensk ⇄ Orsha every day from 2026-04-02 for a year', () => {
    for (const iso of ['2026-04-02', '2026-04-05', '2026-12-31', '2027-04-01']) {
      expect(
        trips.filter((t) => t.from === 'smolensk' && t.to === 'orsha' && runsOn(t.cal, iso)),
      ).toHaveLength(3);
      expect(
        trips.filter((t) => t.from === 'orsha' && t.to === 'smolensk' && runsOn(t.cal, iso)),
      ).toHaveLength(3);
    }
    expect(trips.filter((t) => runsOn(t.cal, '2026-04-01'))).toEqual([]);
    expect(feeds[F26].feedInfo[0].feed_start_date).toBe('20260402');
  });

  it('has 1 to 3 Smolensk ⇄ Vitebsk trains a day in each direction', () => {
    for (const iso of ['2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06']) {
      for (const [a, b] of [
        ['smolensk', 'vitebsk'],
        ['vitebsk', 'smolensk'],
      ]) {
        const n = trips.filter((t) => t.from === a && t.to === b && runsOn(t.cal, iso)).length;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(3);
      }
    }
  });

  it('has no trip that ends or starts at a border station (no change at the border)', () => {
    for (const t of trips) {
      expect(BORDER_STATIONS).not.toContain(t.from);
      expect(BORDER_STATIONS).not.toContain(t.to);
    }
  });

  it('has Orsha ⇄ Vitebsk trains via Bogushevskaya', () => {
    const ov = trips.filter((t) => [t.from, t.to].sort().join() === 'orsha,vitebsk');
    expect(ov.length).toBeGreaterThan(0);
    for (const t of ov) expect(timesOf(F26, t.tripId).map((st) => st.stop_id)).toContain('bogushevskaya');
  });
});

describe.each(FEEDS)('%s: structure', (feed) => {
  const f = feeds[feed];

  it('has 56 stops with a zone and country, none of them a border crossing point', () => {
    expect(f.stops).toHaveLength(56);
    for (const s of f.stops) {
      expect(s.stop_timezone).toBe(s.stop_country === 'RU' ? 'Europe/Moscow' : 'Europe/Minsk');
      expect(s.stop_id.startsWith('BORDER')).toBe(false);
    }
  });

  it('has the two agencies in their own zones', () => {
    expect(f.agencies.map((a) => [a.agency_id, a.agency_timezone])).toEqual([
      ['bch', 'Europe/Minsk'],
      ['rzd_cppk', 'Europe/Moscow'],
    ]);
  });

  it('references only existing ids and has non-decreasing, complete stop times', () => {
    const stopIds = new Set(f.stops.map((s) => s.stop_id));
    const routeIds = new Set(f.routes.map((r) => r.route_id));
    const services = new Set(f.calendar.map((c) => c.service_id));
    const shapeIds = new Set(f.shapes.map((s) => s.shape_id));
    for (const t of f.trips) {
      expect(routeIds.has(t.route_id) && services.has(t.service_id) && shapeIds.has(t.shape_id)).toBe(true);
      const st = timesOf(feed, t.trip_id);
      expect(st.length).toBeGreaterThan(1);
      let last = -1;
      let lastDist = -1;
      st.forEach((x, k) => {
        expect(stopIds.has(x.stop_id)).toBe(true);
        expect(x.stop_sequence).toBe(String(k + 1));
        expect(seconds(x.arrival_time)).toBeGreaterThanOrEqual(last);
        expect(seconds(x.departure_time)).toBeGreaterThanOrEqual(seconds(x.arrival_time));
        expect(Number(x.shape_dist_traveled)).toBeGreaterThan(lastDist);
        last = seconds(x.departure_time);
        lastDist = Number(x.shape_dist_traveled);
      });
      expect(t.trip_headsign).toBe(f.stops.find((s) => s.stop_id === st.at(-1)!.stop_id)!.stop_name);
    }
  });

  it('has shapes that pass through a border crossing point where a line crosses the border', () => {
    const byShape = new Map<string, Record<string, string>[]>();
    for (const p of f.shapes) byShape.set(p.shape_id, [...(byShape.get(p.shape_id) ?? []), p]);
    expect(byShape.size).toBeGreaterThan(0);
    for (const [id, points] of byShape) {
      const dist = points.map((p) => Number(p.shape_dist_traveled));
      expect(dist[0]).toBe(0);
      expect(dist.every((d, k) => k === 0 || d > dist[k - 1])).toBe(true);
      if (!id.startsWith('Orsha-Vitebsk'))
        expect(points.some((p) => p.shape_pt_lat === '54.682434' || p.shape_pt_lat === '54.979')).toBe(true);
    }
  });

  it('translates every stop name to en and ru, and agencies and routes to en', () => {
    const has = (table: string, id: string, lang: string) =>
      f.translations.some((t) => t.table_name === table && t.record_id === id && t.language === lang);
    for (const s of f.stops)
      expect(has('stops', s.stop_id, 'en') && has('stops', s.stop_id, 'ru')).toBe(true);
    for (const a of f.agencies) expect(has('agency', a.agency_id, 'en')).toBe(true);
    for (const r of f.routes) expect(has('routes', r.route_id, 'en')).toBe(true);
    expect(f.translations.find((t) => t.record_id === 'vitebsk' && t.language === 'be')?.translation).toBe(
      'Віцебск',
    );
  });

  it('has border advisories both ways in en, ru and be', () => {
    const keys = f.advisories.map((a) => `${a.from_country}>${a.to_country}:${a.lang}`).sort();
    expect(keys).toEqual(['BY>RU:be', 'BY>RU:en', 'BY>RU:ru', 'RU>BY:be', 'RU>BY:en', 'RU>BY:ru']);
    for (const a of f.advisories.filter((x) => x.lang === 'en'))
      expect(a.advisory).toMatch(/11 January 2025.*not confirmed: check before travel/);
  });

  it('names every trip in PROVENANCE.md with its published and estimated times', () => {
    const md = readFileSync(join(FEEDS_DIR, feed, 'PROVENANCE.md'), 'utf8');
    for (const t of f.trips) expect(md).toContain(`### ${t.trip_id}:`);
    const rows = md.split('\n').filter((l) => /\| (published|estimated) \|/.test(l));
    expect(rows).toHaveLength(f.stopTimes.length);
    expect(rows.filter((l) => l.includes('| published |'))).toHaveLength(
      f.stopTimes.filter((st) => st.timepoint === '1').length,
    );
  });
});

const loaderPath = join(import.meta.dirname, '../../server/gtfs/loadFeed.ts');

describe('the project GTFS loader', () => {
  it.each(FEEDS)("loads %s without errors; the only warning is the two agencies' zones", async (feed) => {
    type Issue = { code: string };
    const { loadFeed } = (await import(pathToFileURL(loaderPath).href)) as {
      loadFeed: (path: string) => Promise<{
        timetable: { trips: { count: number }; borderAdvisories: unknown[] } | null;
        report: { errors: Issue[]; warnings: Issue[] };
      }>;
    };
    const { report, timetable } = await loadFeed(join(FEEDS_DIR, feed));
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['InconsistentTimezoneError']);
    expect(timetable?.trips.count).toBe(feeds[feed].trips.length);
    expect(timetable?.borderAdvisories).toHaveLength(6);
  });
});
