import { parse } from 'csv-parse/sync';
import type { FeedSource } from '../../../server/gtfs/FeedSource.ts';
import { memorySource } from '../../../server/gtfs/memorySource.ts';

/** Column index of `name` in a CSV header line (BOM and quotes tolerated), -1 when absent. */
function columnOf(header: string, name: string): number {
  return (parse(header.replace(/^\uFEFF/, '')) as string[][])[0].map((c) => c.trim()).indexOf(name);
}

/** Field `c` of one CSV line: a plain split unless the line has quotes. */
function field(line: string, c: number): string {
  if (!line.includes('"')) return (line.split(',')[c] ?? '').trim();
  return ((parse(line, { relax_column_count: true }) as string[][])[0][c] ?? '').trim();
}

/** The lines of a file whose column `column` is in `keep` (header kept). */
function filterLines(text: string, column: string, keep: (value: string) => boolean): string {
  const lines = text.split(/\r?\n/);
  const c = columnOf(lines[0], column);
  if (c < 0) return text;
  const out = [lines[0]];
  for (let i = 1; i < lines.length; i++) if (lines[i] && keep(field(lines[i], c))) out.push(lines[i]);
  return `${out.join('\n')}\n`;
}

/**
 * Splits a feed in two by route, as two operators would publish it: each half has the routes of
 * its side with their trips, stop times and frequencies, and every other file whole (stops, agencies,
 * calendars, shapes, transfers...). Routes whose trips are tied together (one block_id, or a
 * trip-specific transfers.txt row) stay on one side, so no through train is cut. Sides are filled
 * alternately in route order, so both get a share of a feed's routes.
 */
export async function splitFeedByRoute(source: FeedSource): Promise<[FeedSource, FeedSource]> {
  const files: Record<string, string> = {};
  for (const name of await source.listFiles())
    files[name] = Buffer.from(await source.readBytes(name)).toString('utf8');
  const records = (name: string) =>
    files[name]
      ? (parse(files[name], { columns: true, bom: true, relax_column_count: true }) as Record<
          string,
          string
        >[])
      : [];
  const routes = records('routes.txt').map((r) => r.route_id);
  const trips = records('trips.txt');
  const routeOfTrip = new Map(trips.map((t) => [t.trip_id, t.route_id]));
  // Routes tied by blocks or trip-to-trip transfers: one component, one side.
  const up = new Map(routes.map((r) => [r, r]));
  const find = (r: string): string => {
    let x = r;
    while (up.get(x) !== x) x = up.get(x) ?? x;
    return x;
  };
  const tie = (a: string | undefined, b: string | undefined) => {
    if (!a || !b || !up.has(a) || !up.has(b)) return;
    up.set(find(a), find(b));
  };
  const blockRoute = new Map<string, string>();
  for (const t of trips) {
    if (!t.block_id) continue;
    const other = blockRoute.get(t.block_id);
    if (other) tie(other, t.route_id);
    else blockRoute.set(t.block_id, t.route_id);
  }
  for (const x of records('transfers.txt')) {
    tie(x.from_route_id || routeOfTrip.get(x.from_trip_id), x.to_route_id || routeOfTrip.get(x.to_trip_id));
  }
  const side = new Map<string, number>();
  let next = 0;
  for (const r of routes) {
    const root = find(r);
    if (!side.has(root)) side.set(root, next++ % 2);
    side.set(r, side.get(root)!);
  }
  const half = (k: number): FeedSource => {
    const out = { ...files };
    out['routes.txt'] = filterLines(files['routes.txt'], 'route_id', (r) => side.get(r) === k);
    const mine = new Set(trips.filter((t) => side.get(t.route_id) === k).map((t) => t.trip_id));
    out['trips.txt'] = filterLines(files['trips.txt'], 'trip_id', (t) => mine.has(t));
    out['stop_times.txt'] = filterLines(files['stop_times.txt'], 'trip_id', (t) => mine.has(t));
    if (files['frequencies.txt'])
      out['frequencies.txt'] = filterLines(files['frequencies.txt'], 'trip_id', (t) => mine.has(t));
    if (files['transfers.txt']) {
      // Trip- and route-specific rows go with their side; stop-to-stop rows to both.
      const lines = files['transfers.txt'].split(/\r?\n/);
      const cols = ['from_route_id', 'to_route_id', 'from_trip_id', 'to_trip_id'].map((c) =>
        columnOf(lines[0], c),
      );
      const keep = [lines[0]];
      for (const line of lines.slice(1)) {
        if (!line) continue;
        const [fr, tr, ft, tt] = cols.map((c) => (c < 0 ? '' : field(line, c)));
        const route = fr || tr || routeOfTrip.get(ft) || routeOfTrip.get(tt);
        if (!route || side.get(route) === k) keep.push(line);
      }
      out['transfers.txt'] = `${keep.join('\n')}\n`;
    }
    return memorySource(out, `${source.description} (half ${k + 1})`);
  };
  return [half(0), half(1)];
}
