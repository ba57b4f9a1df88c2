import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presentTimetable } from '../../server/api/routes/presentTimetable.ts';
import { timetableCsv } from '../../server/api/routes/timetableCsv.ts';
import { buildTimetableGrid } from '../../server/compare/grid/buildTimetableGrid.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { GridError } from '../../server/gtfs/grid/GridError.ts';
import { gridToGtfs } from '../../server/gtfs/grid/gridToGtfs.ts';
import { importGrid } from '../../server/gtfs/grid/importGrid.ts';
import { parseGrid } from '../../server/gtfs/grid/parseGrid.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../server/gtfs/memorySource.ts';
import { corridor2026, locator } from '../api/util/testApp.ts';

const stations = `stop_id,stop_name,stop_lat,stop_lon,stop_timezone
a,Alpha,54.78,32.05,Europe/Moscow
b,"Beta, halt",54.70,31.50,Europe/Moscow
c,Gamma,54.60,31.00,Europe/Moscow
`;

// Printed form: one column per train; 802 skips Beta; 804 runs Fri and Sun past midnight.
const grid = `station_id,station,800,802,804
,days,daily,Mon–Fri,"Fri, Sun"
,headsign,Gamma,,
a,Alpha,08:00,~12:30,23:40
b,"Beta, halt",08:40/08:42,|,00:20/00:21
c,Gamma,09:30,13:45,01:05
`;

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof GridError) return e.problems;
    throw e;
  }
  return [];
}

describe('corridor import-grid: a printed timetable grid becomes a GTFS feed', () => {
  it('grid -> feed -> loadFeed without errors, with the trains, days and times of the grid', async () => {
    const problems: string[] = [];
    const trains = parseGrid(grid, 'grid.csv', problems);
    expect(problems).toEqual([]);
    const files = gridToGtfs(
      trains,
      { text: stations, file: 'stations.csv' },
      { start: '2026-04-02', end: '2027-04-01' },
    );
    const { timetable, report } = await loadFeed(memorySource(files));
    expect(report.errors).toEqual([]);
    const tt = timetable!;
    expect(tt.trips.shortName).toEqual(['800', '802', '804']);
    const t804 = tt.tripIndex.get('804')!;
    const rows = [tt.trips.stStart[t804], tt.trips.stStart[t804 + 1]];
    expect(tt.trips.stDeparture.slice(rows[0], rows[1])).toEqual(
      Int32Array.from([23 * 3600 + 40 * 60, 24 * 3600 + 21 * 60, 25 * 3600 + 5 * 60]),
    );
    const t802 = tt.tripIndex.get('802')!;
    expect(tt.trips.stStart[t802 + 1] - tt.trips.stStart[t802]).toBe(2);
    expect(tt.trips.stTimepoint[tt.trips.stStart[t802]]).toBe(0);
    expect(files['calendar.txt']).toContain('days_0000101,0,0,0,0,1,0,1,20260402,20270401');
    expect(files['calendar.txt']).toContain('days_1111100,1,1,1,1,1,0,0');
    expect(files['stops.txt']).toContain('"Beta, halt"');
  });

  it('errors name the cell', () => {
    const bad = `station_id,station,800,802
,days,daily,someday
a,Alpha,08:00,8h30
b,Beta,08:40,
x,Nowhere,09:00,
`;
    const problems: string[] = [];
    const trains = parseGrid(bad, 'grid.csv', problems);
    const all = [
      ...problems,
      ...problemsOf(() =>
        gridToGtfs(
          trains,
          { text: stations, file: 'stations.csv' },
          { start: '2026-04-02', end: '2027-04-01' },
        ),
      ),
    ];
    expect(all).toContain('grid.csv:R2C4: unreadable days "someday" (daily, Mon–Fri, Fri, Sun, 1111100)');
    expect(all).toContain(
      'grid.csv:R3C4: unreadable time "8h30" (HH:MM, HH:MM/HH:MM, ~ for estimated, | passes)',
    );
    expect(all).toContain('grid.csv:R1C4: train 802 calls at fewer than two stations');
    expect(all).toContain('grid.csv:R5C1: station x is not in stations.csv');
    const header = problemsOf(() =>
      gridToGtfs(
        parseGrid('a,b\n', 'g.csv', []),
        { text: 'stop_id,stop_name,stop_lat,stop_lon\ns,S,x,1\n', file: 's.csv' },
        { start: '2026-01-01', end: '2026-12-31' },
      ),
    );
    expect(header).toContain('s.csv:R2C3: stop_lat "x" is not a number');
  });

  it('round trip: the 2026 Smolensk–Orsha printed timetable (CSV export) imports into a feed with the same departures', async () => {
    const feed = (await loadServedFeed(corridor2026, locator)).feed!;
    const dir = await mkdtemp(join(tmpdir(), 'corridor-grid-'));
    const grids: string[] = [];
    for (const [from, to] of [
      ['smolensk', 'orsha'],
      ['orsha', 'smolensk'],
    ]) {
      const f = feed.timetable.stopIndex.get(from)!;
      const t = feed.timetable.stopIndex.get(to)!;
      const doc = presentTimetable(
        feed,
        '2026-04-10',
        f,
        t,
        buildTimetableGrid(feed.router, feed.timetable, f, t, '2026-04-10'),
      );
      const path = join(dir, `${from}-${to}.csv`);
      await writeFile(path, timetableCsv(doc));
      grids.push(path);
    }
    const out = join(dir, 'feed');
    await importGrid(
      { grids, stations: join(corridor2026, 'stops.txt'), out },
      { start: '2026-04-02', end: '2027-04-01' },
    );
    const { timetable, report } = await loadFeed(out);
    expect(report.errors).toEqual([]);
    const tt = timetable!;
    const departuresAt = (t: typeof tt, station: string, tripIds: (id: string) => boolean) => {
      const s = t.stopIndex.get(station)!;
      const out: number[] = [];
      for (let i = 0; i < t.trips.count; i++) {
        if (!tripIds(t.trips.id[i])) continue;
        const r = t.trips.stStart[i];
        if (t.trips.stStop[r] === s) out.push(t.trips.stDeparture[r]);
      }
      return out.sort((a, b) => a - b);
    };
    const original = departuresAt(feed.timetable, 'smolensk', (id) => id.startsWith('t2026_smolensk_orsha'));
    expect(original.length).toBeGreaterThan(0);
    expect(departuresAt(tt, 'smolensk', () => true)).toEqual(original);
    // The corridor publishes no train numbers: columns are headed by their route (never a trip id,
    // issue 21), and the import names its trips after that heading.
    expect(await readFile(join(out, 'trips.txt'), 'utf8')).toContain('Смоленск — Орша-Центральная');
  });
});
