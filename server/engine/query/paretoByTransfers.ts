import type { Journey } from '../journey/Journey.ts';

/**
 * The journeys no other beats in (earlier arrival, fewer transfers) for `by` = 'arrival' (depart-after),
 * or in (later departure, fewer transfers) for 'departure' (arrive-by); among equals the one leaving
 * latest (arriving earliest), one per equal pair. Order kept.
 *
 * A safety net after the searches, although each round is Pareto by construction: a round counts
 * trips, and a journey staying seated on a through train (block_id) found in a later round than its
 * trips suggest (before `laterContinuations`, whenever a later trip of a pattern continued; now only if
 * a pattern's instances were out of order across days) reports fewer transfers than its round.
 */
export function paretoByTransfers(journeys: Journey[], by: 'arrival' | 'departure'): Journey[] {
  // Smaller is better for both keys: arrival as is, departure negated.
  const key = (j: Journey) => (by === 'arrival' ? j.arrival : -j.departure);
  const tie = (j: Journey) => (by === 'arrival' ? -j.departure : j.arrival);
  const beats = (o: Journey, j: Journey) =>
    key(o) <= key(j) &&
    o.transfers <= j.transfers &&
    (key(o) < key(j) || o.transfers < j.transfers || tie(o) < tie(j));
  const out: Journey[] = [];
  for (const j of journeys) {
    if (journeys.some((o) => o !== j && beats(o, j))) continue;
    if (out.some((o) => key(o) === key(j) && o.transfers === j.transfers && tie(o) === tie(j))) continue;
    out.push(j);
  }
  return out;
}
