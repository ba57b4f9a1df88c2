import { mulberry32 } from '../../../scripts/bench/mulberry32.ts';
import type { TimetableSpec } from '../util/buildTimetable.ts';

/** Deterministic PRNG (mulberry32, shared with the benchmark) so that a failing seed reproduces. */
export const rng = mulberry32;

const pad = (x: number) => String(x).padStart(2, '0');
const hhmm = (s: number) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;

/**
 * A small random UTC timetable: 3-7 stops (sometimes a station S with platforms S:1, S:2), 2-14 trips
 * of 2-5 calls with random pickup/drop-off bans, some chained as through trains (block_id), 3 services active on random days among `days`
 * (YYYY-MM-DD), trips starting between `startFrom` and `startTo` seconds, a few transfers.txt rows
 * (stop-to-stop and trip-to-trip). Often (from a stream of its own, so the rest stays as it was) P1
 * lies 55–330 m from P0 and, with a station, S:1 as near to P2: walks between stations (issue 17).
 */
export function randomTimetable(
  seed: number,
  days: string[],
  startFrom: number,
  startTo: number,
): TimetableSpec {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const stops: TimetableSpec['stops'] = [];
  const platforms: string[] = [];
  const plain = int(3, 6);
  const near = rng(seed ^ 0x9e3779b9);
  const nearby = near() < 0.5;
  const offset = () => 0.0005 + near() * 0.0025;
  for (let i = 0; i < plain; i++) {
    // buildTimetable puts stop i at (50 + i / 100, 10 + i / 100) unless told otherwise.
    stops.push(nearby && i === 1 ? { id: 'P1', lat: 50 + offset(), lon: 10 } : `P${i}`);
    platforms.push(`P${i}`);
  }
  if (r() < 0.5) {
    const s1 = nearby ? { lat: 50.02 + offset(), lon: 10.02 } : {};
    stops.push('S', { id: 'S:1', parent: 'S', ...s1 }, { id: 'S:2', parent: 'S' });
    platforms.push('S:1', 'S:2');
  }
  const services: TimetableSpec['services'] = {};
  for (const id of ['daily', 'x', 'y']) {
    const on = days.filter(() => r() < 0.6);
    services[id] = { from: days[0], to: days[0], weekdays: '0000000', add: on };
  }
  const trips: TimetableSpec['trips'] = [];
  const tripStops: string[][] = [];
  const nTrips = int(2, 14);
  // Through trains: now and then a trip continues the previous one (same block_id) where it ended.
  type Through = { stop: string; time: number; block: string };
  let last: Through | null = null as Through | null;
  for (let t = 0; t < nTrips; t++) {
    const len = int(2, Math.min(5, platforms.length));
    const pool = [...platforms];
    const calls: string[] = [];
    let time = Math.round(int(startFrom, startTo) / 300) * 300;
    const through: Through | null = last !== null && r() < 0.3 ? last : null;
    if (through) {
      pool.splice(pool.indexOf(through.stop), 1);
      time = through.time + int(0, 3) * 300;
    }
    let lastStop = '';
    tripStops.push([]);
    for (let i = 0; i < len; i++) {
      const stop = i === 0 && through ? through.stop : pool.splice(int(0, pool.length - 1), 1)[0];
      tripStops[t].push(stop);
      lastStop = stop;
      const dwell = i === 0 || i === len - 1 ? 0 : int(0, 2) * 300;
      const flags = `${r() < 0.1 ? ' -pickup' : ''}${r() < 0.1 ? ' -dropoff' : ''}`;
      calls.push(`${stop} ${hhmm(time)}${dwell ? `/${hhmm(time + dwell)}` : ''}${flags}`);
      if (i < len - 1) time += dwell + int(1, 24) * 300;
    }
    const block: string | undefined = through ? through.block : r() < 0.4 ? `B${t}` : undefined;
    last = block ? { stop: lastStop, time, block } : null;
    // Reuse a route id now and then so that patterns hold several trips.
    trips.push({
      id: `T${t}`,
      route: `R${int(0, 3)}`,
      service: ['daily', 'x', 'y'][int(0, 2)],
      times: calls.join(', '),
      block,
    });
  }
  const transfers: NonNullable<TimetableSpec['transfers']> = [];
  const seen = new Set<string>();
  for (let i = int(0, 3); i > 0; i--) {
    const from = platforms[int(0, platforms.length - 1)];
    const to = r() < 0.4 ? from : platforms[int(0, platforms.length - 1)];
    if (seen.has(`${from}>${to}`)) continue;
    seen.add(`${from}>${to}`);
    transfers.push({ from, to, type: int(0, 3), minTime: int(0, 10) * 60 });
  }
  // Trip-to-trip rules (type 1 or 2) from a call of one trip to a call of another.
  for (let i = int(0, 2); i > 0 && nTrips > 1; i--) {
    const a = int(0, nTrips - 1);
    const b = (a + int(1, nTrips - 1)) % nTrips;
    const from = tripStops[a][int(1, tripStops[a].length - 1)];
    const to = tripStops[b][int(0, tripStops[b].length - 2)];
    const type = int(1, 2);
    transfers.push({ from, to, type, minTime: int(0, 5) * 60, fromTrip: `T${a}`, toTrip: `T${b}` });
  }
  return { stops, services, trips, transfers };
}
