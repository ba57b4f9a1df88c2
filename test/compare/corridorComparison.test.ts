import { beforeAll, describe, expect, it } from 'vitest';
import { compareFeeds } from '../../server/compare/compareFeeds.ts';
import { defaultStations, isKilometrePost } from '../../server/compare/defaultStations.ts';
import { headline } from '../../server/compare/headline.ts';
import { lineOrder } from '../../server/compare/lineOrder.ts';
import type { LoadedFeed } from '../../server/feeds/LoadedFeed.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import type { StopIdx } from '../../server/timetable/Timetable.ts';
import { corridor2024, corridor2026, locator } from '../api/util/testApp.ts';

let f2024: LoadedFeed;
let f2026: LoadedFeed;
beforeAll(async () => {
  f2024 = (await loadServedFeed(corridor2024, locator)).feed!;
  f2026 = (await loadServedFeed(corridor2026, locator)).feed!;
});

describe('comparing the 2024 corridor service with the 2026 plan', () => {
  it('default stations: the termini, the junction and the border stations of both feeds', () => {
    const stations = new Set([...defaultStations(f2024), ...defaultStations(f2026)]);
    for (const id of ['smolensk', 'orsha', 'vitebsk', 'osinovka', 'zaolsha']) expect(stations).toContain(id);
    // Places people travel between: no halt named after its kilometre post ("462 км").
    for (const f of [f2024, f2026])
      for (const id of defaultStations(f)) {
        const name = f.timetable.stops.name[f.timetable.stopIndex.get(id)!];
        expect(name, id).not.toMatch(/\d+\s*км/);
      }
    expect(isKilometrePost('462 км')).toBe(true);
    expect(isKilometrePost('km 471')).toBe(true);
    expect(isKilometrePost('Орша-Центральная')).toBe(false);
  });

  it('the headline names the pair the plan changes most: direct trains where there were none', () => {
    const rows = compareFeeds(f2024.router, f2026.router, {
      stations: ['smolensk', 'orsha', 'vitebsk', 'rudnya'],
      date: '2026-04-10',
      baselineDate: '2024-08-01',
    });
    const h = headline(rows)!;
    const most = Math.max(...rows.map((r) => Math.abs(r.change.directTrains)));
    expect(most).toBeGreaterThan(0);
    expect(h.directTrains.scenario! - h.directTrains.baseline!).toBe(most);
    expect(h.directTrains.baseline).toBe(0);
    expect(h.directTrains.scenario!).toBeGreaterThan(0);
    expect(h.fastest.scenario!).toBeLessThan(h.fastest.baseline!);
    // Smolensk → Vitebsk: faster in the fastest and the median journey.
    const sv = rows.find((r) => r.from === 'smolensk' && r.to === 'vitebsk')!;
    expect(sv.change.fastest!).toBeLessThan(0);
    expect(sv.change.median!).toBeLessThan(0);
    // The regional Orsha → Vitebsk trains ran in both periods: the border plan changes nothing there.
    const ov = rows.find((r) => r.from === 'orsha' && r.to === 'vitebsk')!;
    expect(ov.status).toBe('same');
    expect(ov.change.fastest).toBe(0);
    expect(ov.change.fewestTransfers).toBe(0);
    // No day-long detour counts as a journey: Rudnya → Smolensk's median is near its direct trains'.
    const rs = rows.find((r) => r.from === 'rudnya' && r.to === 'smolensk')!;
    expect(rs.scenario.median!).toBeLessThan(1.5 * rs.scenario.fastest!);
  });

  it('Smolensk → Orsha and Smolensk → Vitebsk: no change at the border and shorter, from the feeds', () => {
    const stations = ['smolensk', 'orsha', 'vitebsk'];
    const rows = compareFeeds(f2024.router, f2026.router, {
      stations,
      date: '2026-04-10',
      baselineDate: '2024-08-01',
    });
    expect(rows).toHaveLength(6);
    for (const to of ['orsha', 'vitebsk']) {
      const r = rows.find((x) => x.from === 'smolensk' && x.to === to)!;
      // 2024: every journey changes trains (at Osinovka / Zaolsha); 2026: a direct train exists.
      expect(r.baseline.journeys).toBeGreaterThan(0);
      expect(r.baseline.fewestTransfers).toBeGreaterThanOrEqual(1);
      expect(r.scenario.fewestTransfers).toBe(0);
      expect(r.change.fewestTransfers).toBeLessThanOrEqual(-1);
      expect(r.scenario.fastest!).toBeLessThan(r.baseline.fastest!);
      expect(r.change.fastest).toBe(r.scenario.fastest! - r.baseline.fastest!);
      expect(r.status).toBe('faster');
    }
  });

  it('profiles agree with the engine’s own whole-day range query, pair by pair', () => {
    for (const [feed, date] of [
      [f2024, '2024-08-01'],
      [f2026, '2026-04-10'],
    ] as const) {
      const tt = feed.timetable;
      const ids = ['smolensk', 'orsha', 'vitebsk', 'osinovka', 'zaolsha'];
      const idx = ids.map((id) => tt.stopIndex.get(id)! as StopIdx);
      for (const o of idx) {
        const profiles = feed.router.profile({
          from: [o],
          targets: idx.map((d) => [d]),
          date,
          time: 0,
          windowSeconds: 86_399,
        });
        idx.forEach((d, i) => {
          if (d === o) return;
          const expected = feed.router
            .plan({ from: [o], to: [d], date, time: 0, windowSeconds: 86_399 })
            .map((j) => [j.departure, j.arrival, j.transfers]);
          const got = profiles[i].map((j) => [j.departure, j.arrival, j.transfers]);
          expect(got, `${tt.stops.id[o]} → ${tt.stops.id[d]} on ${date}`).toEqual(expected);
        });
      }
    }
  });
});

describe('default stations in line order', () => {
  it('neighbours on a line are neighbours in the matrix, not the alphabet’s order', () => {
    const ids = [...new Set([...defaultStations(f2024), ...defaultStations(f2026)])];
    const ordered = lineOrder(ids, [f2026, f2024]);
    expect([...ordered].sort()).toEqual([...ids].sort());
    // Krasnoye and Shukhovtsy lie between Smolensk and Orsha on the Moscow–Minsk line.
    const at = (id: string) => ordered.indexOf(id);
    const between = (x: string, a: string, b: string) =>
      (at(a) < at(x) && at(x) < at(b)) || (at(b) < at(x) && at(x) < at(a));
    expect(between('krasnoye', 'smolensk', 'orsha')).toBe(true);
    expect(between('shukhovtsy', 'smolensk', 'orsha')).toBe(true);
  });
});
