import { expect } from 'vitest';
import type { Journey } from '../../../server/engine/journey/Journey.ts';
import { withinCostLimit } from '../../../server/engine/query/costLimit.ts';
import { resolveStopOrStation } from '../../../server/engine/query/resolveStopOrStation.ts';
import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';
import { buildTimetable } from '../util/buildTimetable.ts';
import { randomTimetable, rng } from './randomTimetable.ts';
import {
  endWalk,
  type Instance,
  referenceQuery,
  serviceDayStart,
  transferTime,
  tripRules,
  tripZoneOf,
} from './referenceSearch.ts';

/**
 * What the property tests comparing the engine with the reference search share (one file per query
 * kind: depart-after, arrive-by, range, one-to-all): a random case (timetable, origin and destination
 * stations, limits) and the feasibility check of a returned journey.
 *
 * Each property runs on 500 random small timetables (with through trains, stations, stop-to-stop and
 * trip-to-trip transfers.txt rows). Time windows are chosen so that the 24 h horizon rarely binds;
 * depart-after and one-to-all give the reference the same limit on the first train (their instances
 * reach 24 h past the query time).
 */
/** Random timetables per property. */
export const RUNS = 500;
/** The query date, and its DayNumber. */
export const QD = '2026-04-01';
export const qd = dayNumber(QD);
export const DAY = 86_400;
/** A journey as [departure, arrival, transfers] (Unix seconds). */
export type Triple = [number, number, number];
/**
 * The product's cost limit (server/engine/query/costLimit.ts, itself tested on its own) applied to the
 * reference's answers: what is left of them once journeys far costlier than another are dropped.
 */
export const costLimited = (xs: Triple[]): Triple[] =>
  withinCostLimit(xs.map(([departure, arrival, transfers]) => ({ departure, arrival, transfers }))).map(
    (o) => [o.departure, o.arrival, o.transfers] as Triple,
  );
/** Journeys as triples, sorted by departure then transfers. */
export const triples = (js: Journey[]): Triple[] =>
  js.map((j) => [j.departure, j.arrival, j.transfers] as Triple).sort((a, b) => a[0] - b[0] || a[2] - b[2]);

/** One random case: a timetable, origin and destination stops, limits, and its random stream. */
export interface Case {
  tt: Timetable;
  from: number[];
  to: number[];
  maxTransfers: number;
  minTransfer: number;
  r: () => number;
}

/** `plain`: without through trains and trip-to-trip rules, which the connection scan leaves to RAPTOR. */
export function makeCase(
  seed: number,
  days: string[],
  startFrom: number,
  startTo: number,
  plain = false,
): Case | null {
  const spec = randomTimetable(seed, days, startFrom, startTo);
  if (plain) {
    spec.trips = spec.trips.map((t) => ({ ...t, block: undefined }));
    spec.transfers = spec.transfers?.filter((t) => t.fromTrip === undefined);
  }
  const tt = buildTimetable(spec);
  const r = rng(seed ^ 0x5bd1e995);
  const ids = tt.stops.id.filter((_, i) => tt.stops.parent[i] < 0);
  const a = ids[Math.floor(r() * ids.length)];
  const b = ids[Math.floor(r() * ids.length)];
  if (a === b) return null;
  return {
    tt,
    from: resolveStopOrStation(tt, a),
    to: resolveStopOrStation(tt, b),
    maxTransfers: Math.floor(r() * 4),
    minTransfer: [0, 60, 300, 600][Math.floor(r() * 4)],
    r,
  };
}

/** The reference's view of a case's query (referenceQuery). */
export function caseQuery(c: Case, inst: Instance[]) {
  return referenceQuery(c.tt, c.from, c.to, c.maxTransfers, c.minTransfer, inst);
}

/**
 * Checks that each train leg is a real trip instance, each change respects the transfer rules, the
 * walks at the ends are the ends' walks, and no journey boards twice at a station.
 */
export function assertFeasible(c: Case, j: Journey): void {
  const tr = c.tt.trips;
  const rules = tripRules(c.tt);
  let prev: { stop: number; time: number } | null = null;
  let prevTrip = -1;
  let walk = 0;
  let walkFrom = -1;
  const station = (s: number) => (c.tt.stops.parent[s] >= 0 ? c.tt.stops.parent[s] : s);
  const boarded = new Set<number>();
  const legs = j.legs;
  const last = legs[legs.length - 1];
  if (last.type === 'walk') {
    // The walk to the destination: from where the last train stopped, the end's own walk.
    expect(c.to).toContain(last.to.stop);
    expect(last.duration).toBe(endWalk(c.tt, last.from.stop, last.to.stop, c.minTransfer));
  }
  for (const leg of legs) {
    if (leg === last && leg.type === 'walk') break;
    if (leg.type === 'walk') {
      walkFrom = leg.from.stop;
      walk = leg.duration;
      continue;
    }
    if (!leg.stayOn) {
      expect(boarded.has(station(leg.from.stop)), 'boards twice at a station').toBe(false);
      boarded.add(station(leg.from.stop));
    }
    const rows = [];
    for (let r = tr.stStart[leg.trip]; r < tr.stStart[leg.trip + 1]; r++) rows.push(r);
    const base = serviceDayStart(tripZoneOf(c.tt, leg.trip), dayNumber(leg.serviceDate));
    const a = rows.find((r) => tr.stStop[r] === leg.from.stop && base + tr.stDeparture[r] === leg.from.time);
    const b = rows.find((r) => tr.stStop[r] === leg.to.stop && base + tr.stArrival[r] === leg.to.time);
    expect(a !== undefined && b !== undefined && a < b).toBe(true);
    if (!leg.stayOn) expect(tr.stPickup[a!]).not.toBe(1);
    // Riders staying seated into the block's next trip do not alight.
    const next = j.legs[j.legs.indexOf(leg) + 1];
    if (!(next?.type === 'train' && next.stayOn)) expect(tr.stDropOff[b!]).not.toBe(1);
    if (prev && leg.stayOn) {
      // Staying seated: the block's next trip, from the station where the previous one ended.
      const station = (s: number) => (c.tt.stops.parent[s] >= 0 ? c.tt.stops.parent[s] : s);
      expect(tr.block[leg.trip]).toBeGreaterThanOrEqual(0);
      expect(tr.block[leg.trip]).toBe(tr.block[prevTrip]);
      expect(station(leg.from.stop)).toBe(station(prev.stop));
      expect(leg.from.time).toBeGreaterThanOrEqual(prev.time);
    } else if (prev) {
      // The stop rules, or a trip-to-trip rule between exactly these two trips.
      const rule = rules.find(
        (r) =>
          r.fromTrip === prevTrip &&
          r.toTrip === leg.trip &&
          r.fromStop === prev!.stop &&
          r.toStop === leg.from.stop,
      );
      const byStops = transferTime(c.tt, prev.stop, leg.from.stop, c.minTransfer);
      if (walkFrom >= 0) {
        expect(walkFrom).toBe(prev.stop);
        expect(leg.from.stop).not.toBe(prev.stop);
        expect(walk === byStops || walk === rule?.time).toBe(true);
      } else expect(leg.from.stop).toBe(prev.stop);
      const need = Math.min(byStops ?? Number.POSITIVE_INFINITY, rule?.time ?? Number.POSITIVE_INFINITY);
      expect(leg.from.time - prev.time).toBeGreaterThanOrEqual(need);
    } else if (walkFrom >= 0) {
      // The walk from the origin to the first train.
      expect(c.from).toContain(walkFrom);
      expect(walk).toBe(endWalk(c.tt, walkFrom, leg.from.stop, c.minTransfer));
      expect(leg.from.time - walk).toBe(j.departure);
    } else {
      expect(c.from).toContain(leg.from.stop);
    }
    prev = { stop: leg.to.stop, time: leg.to.time };
    prevTrip = leg.trip;
    walkFrom = -1;
  }
  if (last.type !== 'walk') expect(c.to).toContain(prev!.stop);
}
