import { expandStops, type Router } from '../../server/engine/index.ts';
import type { StopIdx, Timetable } from '../../server/timetable/Timetable.ts';
import { dayNumber } from '../../server/timetable/time/dayNumber.ts';
import { localToUnix } from '../../server/timetable/time/localToUnix.ts';
import { earliestArrival, instances, transferLists } from '../../test/engine/property/referenceSearch.ts';

/** A bench query (stations or stops, date, seconds after local midnight). */
export interface BenchQuery {
  from: StopIdx[];
  to: StopIdx[];
  date: string;
  time: number;
}

/**
 * Depart-after Pareto sets of the engine against the deliberately simple reference search of the
 * engine tests (test/engine/property/referenceSearch.ts): `arrival/transfers` per journey must be
 * equal. The reference spells out every trip instance of service days [date − back − 2, date +
 * `daysAfter`], so the queries are grouped by date and the caller keeps the subset small.
 * Returns how many agree and the first disagreements (for the report).
 */
export function referenceCheck(
  tt: Timetable,
  router: Router,
  queries: BenchQuery[],
  daysAfter: number,
  minTransfer = 300,
  maxTransfers = 5,
): { checked: number; agree: number; mismatches: string[] } {
  const K = maxTransfers + 1;
  const lists = transferLists(tt, minTransfer);
  let maxTime = 0;
  for (const t of tt.trips.stArrival) maxTime = Math.max(maxTime, t);
  const back = Math.ceil(maxTime / 86_400);
  const byDate = new Map<string, BenchQuery[]>();
  for (const q of queries) byDate.set(q.date, [...(byDate.get(q.date) ?? []), q]);
  let agree = 0;
  const mismatches: string[] = [];
  for (const [date, qs] of byDate) {
    const qd = dayNumber(date);
    const inst = instances(tt, qd - back - 2, qd + daysAfter);
    for (const q of qs) {
      const from = expandStops(tt, q.from);
      const to = expandStops(tt, q.to);
      const got = router
        .plan({ ...q, minTransferSeconds: minTransfer, maxTransfers })
        .map((j) => `${j.arrival}/${j.transfers}`);
      const expected: string[] = [];
      if (!from.some((s) => to.includes(s))) {
        const t0 = localToUnix(date, q.time, tt.timezones[tt.stops.timezone[from[0]]]);
        const ea = earliestArrival(tt, inst, from, t0, K, minTransfer, t0 + 86_400, lists);
        const bestAt = (k: number) => Math.min(...to.map((s) => ea[k][s]));
        for (let k = 1; k <= K; k++) if (bestAt(k) < bestAt(k - 1)) expected.push(`${bestAt(k)}/${k - 1}`);
      }
      if (got.join() === expected.join()) agree++;
      else if (mismatches.length < 5)
        mismatches.push(
          `${tt.stops.id[q.from[0]]} -> ${tt.stops.id[q.to[0]]} ${date} +${q.time}s: engine ${got.join(' ')}; reference ${expected.join(' ')}`,
        );
    }
  }
  return { checked: queries.length, agree, mismatches };
}
