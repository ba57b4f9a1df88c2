import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFeeds } from '../../scripts/corridor/writeFeeds.ts';
import { sharedPath } from '../util/sharedData.ts';

/** The shipped feeds must be exactly what the generator makes from ../shared/corridor and data/sources. */
const root = join(import.meta.dirname, '../..');
const corridorDir = sharedPath('corridor');
const shipped = join(root, 'data/feeds');
const tmp = mkdtempSync(join(tmpdir(), 'corridor-feeds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const csv = (path: string) =>
  parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
const FEEDS = ['corridor-2024', 'corridor-2026-plan'];

describe('corridor feed generator', () => {
  const names = writeFeeds({ corridorDir, sourcesDir: join(root, 'data/sources'), outDir: join(tmp, 'api') });

  it('regenerates byte-identical files to data/feeds', () => {
    expect(names).toEqual(FEEDS);
    for (const feed of FEEDS) {
      const files = readdirSync(join(shipped, feed)).sort();
      expect(readdirSync(join(tmp, 'api', feed)).sort()).toEqual(files);
      for (const file of files)
        expect(readFileSync(join(tmp, 'api', feed, file), 'utf8'), `${feed}/${file}`).toBe(
          readFileSync(join(shipped, feed, file), 'utf8'),
        );
    }
  });

  it('gives the same output from the command line (npm run feeds --out, --corridor)', () => {
    const out = join(tmp, 'cli');
    execFileSync(join(root, 'node_modules/.bin/tsx'), [
      join(root, 'scripts/build-corridor-feeds.ts'),
      '--corridor',
      corridorDir,
      '--out',
      out,
    ]);
    for (const feed of FEEDS)
      for (const file of readdirSync(join(shipped, feed)))
        expect(readFileSync(join(out, feed, file), 'utf8')).toBe(
          readFileSync(join(shipped, feed, file), 'utf8'),
        );
  });
});

describe.each(FEEDS)('%s against ../shared/corridor', (feed) => {
  const stations = csv(join(corridorDir, 'stations.csv'));
  const stops = csv(join(shipped, feed, 'stops.txt'));

  it('has every station of stations.csv as a stop with the same coordinates, names and country', () => {
    expect(stops.map((s) => s.stop_id).sort()).toEqual(stations.map((s) => s.id).sort());
    for (const st of stations) {
      const stop = stops.find((s) => s.stop_id === st.id)!;
      expect([stop.stop_lat, stop.stop_lon, stop.stop_name, stop.stop_country]).toEqual([
        st.lat,
        st.lon,
        st.name_ru,
        st.country,
      ]);
      expect(st.codes).toContain(`ESR ${stop.stop_code}`);
    }
  });

  it('draws each shape through its line points (stops and border crossing) in order', () => {
    const seq = csv(join(corridorDir, 'line_sequences.csv'));
    const shapes = csv(join(shipped, feed, 'shapes.txt'));
    for (const id of new Set(shapes.map((s) => s.shape_id))) {
      const line = id.replace(/_[01]$/, '');
      let expected = seq.filter((r) => r.line === line).map((r) => `${r.lat},${r.lon}`);
      if (id.endsWith('_1')) expected = expected.reverse();
      expect(
        shapes.filter((s) => s.shape_id === id).map((s) => `${s.shape_pt_lat},${s.shape_pt_lon}`),
      ).toEqual(expected);
    }
  });
});
