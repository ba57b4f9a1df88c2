import type { Outcome } from './pareto.ts';

/**
 * The limits of `withinCostLimit`, after OpenTripPlanner's itinerary filter
 * (`transitGeneralizedCostLimit`: cost limit function 15 min + 1.5 × the best cost, interval relax
 * factor 0.4) with a generalized cost of the journey's time plus 10 minutes a change (OTP's default
 * board cost). Seconds, and plain factors.
 */
export const COST_LIMIT = {
  /** Constant part of the limit, seconds. */
  constant: 900,
  /** Times another journey's cost. */
  factor: 1.5,
  /** Seconds of cost allowed per second between the two journeys' departures. */
  intervalRelax: 0.4,
  /** Cost of one change, seconds. */
  transferCost: 600,
} as const;

/** A journey's generalized cost, seconds: its duration plus COST_LIMIT.transferCost per change. */
export function generalizedCost(o: Outcome): number {
  return o.arrival - o.departure + COST_LIMIT.transferCost * o.transfers;
}

/**
 * Drops the journeys a traveller would laugh at though no other beats them in departure, arrival and
 * changes: a journey is dropped when another with no more changes costs so much less, near enough in
 * time, that cost > 900 + 1.5 × other's cost + 0.4 × |departure − other's departure| (COST_LIMIT).
 * Rudnya → Smolensk at 08:37 by Vitebsk and Orsha, 11 h 24 min and two changes, arriving 12 minutes
 * before the 18:37 direct train's 1 h 36 min, is such a journey. A slow direct train is never dropped
 * for a fast journey with a change (a traveller may prefer to stay seated), nor a journey today for a
 * direct train days later. O(n log n) per number of changes: the least `1.5 × cost ∓ 0.4 × departure`
 * before and after each journey, in departure order. Keeps the input order.
 */
export function withinCostLimit<T extends Outcome>(journeys: readonly T[]): T[] {
  const n = journeys.length;
  if (n < 2) return [...journeys];
  const { constant, factor, intervalRelax: r } = COST_LIMIT;
  const order = journeys.map((_, i) => i).sort((a, b) => journeys[a].departure - journeys[b].departure);
  const limit = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const levels = [...new Set(journeys.map((j) => j.transfers))].sort((a, b) => a - b);
  // Per number of changes T: the journeys with T changes measured against those with T or fewer.
  for (const T of levels) {
    let best = Number.POSITIVE_INFINITY;
    for (const i of order) {
      const j = journeys[i];
      if (j.transfers > T) continue;
      best = Math.min(best, factor * generalizedCost(j) - r * j.departure);
      if (j.transfers === T) limit[i] = best + r * j.departure;
    }
    best = Number.POSITIVE_INFINITY;
    for (let x = n - 1; x >= 0; x--) {
      const i = order[x];
      const j = journeys[i];
      if (j.transfers > T) continue;
      best = Math.min(best, factor * generalizedCost(j) + r * j.departure);
      if (j.transfers === T) limit[i] = Math.min(limit[i], best - r * j.departure);
    }
  }
  // A journey's own term (1.5 × its cost) never drops it, so it may stay in the minima.
  return journeys.filter((j, i) => generalizedCost(j) <= constant + limit[i]);
}
