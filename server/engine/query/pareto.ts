/**
 * The engine's one Pareto rule. A journey is judged by its departure, arrival (Unix seconds or search
 * times: only their order matters) and transfers. Each query kind keeps the journeys no other beats in
 * its criteria (`Criteria`): every `keys` value no worse and one better; among journeys equal in all
 * keys, the one better in `ties` (lexicographically); of exact equals, the first.
 */
export interface Outcome {
  departure: number;
  arrival: number;
  transfers: number;
}

/** Criteria of a Pareto set: functions of an outcome where smaller is better. */
export interface Criteria {
  keys: readonly ((o: Outcome) => number)[];
  ties: readonly ((o: Outcome) => number)[];
}

const arrival = (o: Outcome) => o.arrival;
const later = (o: Outcome) => -o.departure;
const transfers = (o: Outcome) => o.transfers;

/** Depart-after: earlier arrival, fewer transfers; among equals the later departure. */
export const BY_ARRIVAL: Criteria = { keys: [arrival, transfers], ties: [later] };
/** Arrive-by: later departure, fewer transfers; among equals the earlier arrival. */
export const BY_DEPARTURE: Criteria = { keys: [later, transfers], ties: [arrival] };
/** Range queries and profiles: later departure, earlier arrival, fewer transfers. */
export const BY_ALL: Criteria = { keys: [later, arrival, transfers], ties: [] };

/** Whether `a` beats `b` under criteria `c` (strictly: exact equals do not beat each other). */
export function beats(a: Outcome, b: Outcome, c: Criteria): boolean {
  let better = false;
  for (const key of c.keys) {
    const x = key(a);
    const y = key(b);
    if (x > y) return false;
    if (x < y) better = true;
  }
  if (better) return true;
  for (const tie of c.ties) {
    const x = tie(a);
    const y = tie(b);
    if (x !== y) return x < y;
  }
  return false;
}

/** Whether two outcomes are equal in every key and tie of `c` (duplicates: the first is kept). */
function same(a: Outcome, b: Outcome, c: Criteria): boolean {
  return c.keys.every((k) => k(a) === k(b)) && c.ties.every((k) => k(a) === k(b));
}

/** The items no other item beats under `c`, one per group of equals (the first), in their order. */
export function paretoFront<T extends Outcome>(items: readonly T[], c: Criteria): T[] {
  const out: T[] = [];
  for (const j of items) {
    if (items.some((o) => o !== j && beats(o, j, c))) continue;
    if (out.some((o) => same(o, j, c))) continue;
    out.push(j);
  }
  return out;
}

/**
 * BY_ALL for outcomes offered latest departure first (rRAPTOR's order), in O(1) per offer: with
 * departures never later than those kept before, an offer with `trips` trips is kept exactly when its
 * arrival beats every earlier offer with as many trips or fewer (`bestSoFar`, kept per trip count)
 * and every offer of the same departure with fewer trips (`fewerThisRun`, reset by `startRun`).
 * Offers must come per departure in order of increasing trips.
 */
export class LatestFirstFront {
  private readonly best: Float64Array;
  private fewer = Number.POSITIVE_INFINITY;

  /** `maxTrips`: the most trips an offer may have. */
  constructor(maxTrips: number) {
    this.best = new Float64Array(maxTrips + 1).fill(Number.POSITIVE_INFINITY);
  }

  /** Starts the offers of one (earlier) departure. */
  startRun(): void {
    this.fewer = Number.POSITIVE_INFINITY;
  }

  /**
   * Offers the best arrival with at most `trips` trips of the current departure; true when it is a new
   * member of the front (not beaten by, nor equal to, one offered before).
   */
  offer(trips: number, arrival: number): boolean {
    const kept = arrival < this.best[trips] && arrival < this.fewer;
    if (arrival < this.best[trips]) this.best[trips] = arrival;
    if (arrival < this.fewer) this.fewer = arrival;
    return kept;
  }
}
