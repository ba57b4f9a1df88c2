import type { Journey } from '../journey/Journey.ts';

/**
 * Keeps the journeys no other journey beats in (later departure, earlier arrival, fewer transfers),
 * one per equal triple, sorted by departure then arrival.
 */
export function paretoFilter(journeys: Journey[]): Journey[] {
  const out: Journey[] = [];
  for (const j of journeys) {
    const beaten = journeys.some(
      (o) =>
        o !== j &&
        o.departure >= j.departure &&
        o.arrival <= j.arrival &&
        o.transfers <= j.transfers &&
        (o.departure > j.departure || o.arrival < j.arrival || o.transfers < j.transfers),
    );
    const same = out.some(
      (o) => o.departure === j.departure && o.arrival === j.arrival && o.transfers === j.transfers,
    );
    if (!beaten && !same) out.push(j);
  }
  return out.sort((a, b) => a.departure - b.departure || a.arrival - b.arrival || a.transfers - b.transfers);
}
