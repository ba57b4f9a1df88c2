import { buildJourney } from '../journey/buildJourney.ts';
import type { Candidate } from './Candidate.ts';
import { withinCostLimit } from './costLimit.ts';
import type { JourneyPage, PageCursor } from './JourneyQuery.ts';
import { byDeparture, oneWaySearch } from './oneWayQuery.ts';
import { BY_ALL, beats } from './pareto.ts';
import type { QueryContext } from './QueryContext.ts';
import type { QueryEnd } from './QueryEnd.ts';
import { rangeCandidates } from './rangeQuery.ts';

/** A query context whose instant is `unix` (Unix seconds), the query's other settings kept. */
export type ContextAt = (unix: number) => QueryContext;

/** Most one-way searches one page may run (each confirms at least one more departure). */
const MAX_SEARCHES = 48;
const DAY = 86_400;

/**
 * A page of journeys departing at or after `at` (Unix seconds) in departure order, at least `count`
 * of them where the next 24 h have them: depart-after searches from `at`, then each from just after
 * the earliest departure the previous one found (no journey that no later one beats departs between
 * `at` and that departure, so the journeys up to it are all there is), until `count` are confirmed.
 * The first search's answers for each number of transfers and its beyond journeys are always on the
 * page (they are the answers for their number of transfers, even when a later search finds a later
 * departure that beats one); of the rest, none another one on the page beats (BY_ALL). `later` continues after the last
 * confirmed departure; `earlier` lists what departs before the page.
 */
export function pageAfter(
  contextAt: ContextAt,
  origin: QueryEnd,
  destination: QueryEnd,
  at: number,
  count: number,
): JourneyPage {
  const confirmed: Candidate[] = [];
  let first: Candidate[] = [];
  let beyond: Candidate[] = [];
  let t = at;
  let ctx = contextAt(t);
  for (let i = 0; i < MAX_SEARCHES && t <= at + DAY; i++) {
    ctx = contextAt(t);
    const r = oneWaySearch(ctx, false, origin, destination);
    if (i === 0) {
      first = r.honest;
      beyond = r.beyond;
    }
    if (r.honest.length === 0) break;
    const frontier = Math.min(...r.honest.map((c) => c.departure));
    for (const c of r.honest) if (c.departure === frontier) confirmed.push(c);
    t = frontier + 1;
    if (keep(confirmed, first).filter((c) => c.departure <= frontier).length >= count) break;
  }
  const journeys = [...keep(confirmed, first), ...beyond].sort(byDeparture);
  return {
    journeys: journeys.map((c) => buildJourney(ctx.data.timetable, c.path, ctx.noon)),
    earlier: { kind: 'before', at: journeys.length > 0 ? journeys[0].departure : at },
    later: { kind: 'after', at: t },
  };
}

/**
 * A page of journeys departing before `before` (Unix seconds): range queries over the hours before
 * it (2, 4, 8, 16, 24), until one has `count` journeys; like every range, seeded from `before` on, so
 * none is kept that a later departure beats with no more changes.
 */
export function pageBefore(
  contextAt: ContextAt,
  origin: QueryEnd,
  destination: QueryEnd,
  before: number,
  count: number,
): JourneyPage {
  let found: Candidate[] = [];
  let ctx = contextAt(before);
  let window = 2 * 3600;
  for (;;) {
    ctx = contextAt(before - window);
    found = rangeCandidates(ctx, origin, destination, window - 1);
    if (found.length >= count || window >= DAY) break;
    window = Math.min(DAY, window * 2);
  }
  const start = ctx.fclock.base + ctx.t0;
  return {
    journeys: found.map((c) => buildJourney(ctx.data.timetable, c.path, ctx.noon)),
    earlier: { kind: 'before', at: found.length > 0 ? found[0].departure : start },
    later: { kind: 'after', at: before },
  };
}

/**
 * The mirror of pageAfter for arrive-by: arrive-by searches from `at` back, each from just before the
 * latest arrival the previous one found, until `count` are confirmed; in departure order. `earlier`
 * continues before the last confirmed arrival; `later` lists what departs after the page.
 */
export function pageArriveBy(
  contextAt: ContextAt,
  origin: QueryEnd,
  destination: QueryEnd,
  at: number,
  count: number,
): JourneyPage {
  const confirmed: Candidate[] = [];
  let first: Candidate[] = [];
  let beyond: Candidate[] = [];
  let t = at;
  let ctx = contextAt(t);
  for (let i = 0; i < MAX_SEARCHES && t >= at - DAY; i++) {
    ctx = contextAt(t);
    const r = oneWaySearch(ctx, true, origin, destination);
    if (i === 0) {
      first = r.honest;
      beyond = r.beyond;
    }
    if (r.honest.length === 0) break;
    const frontier = Math.max(...r.honest.map((c) => c.arrival));
    for (const c of r.honest) if (c.arrival === frontier) confirmed.push(c);
    t = frontier - 1;
    if (keep(confirmed, first).filter((c) => c.arrival >= frontier).length >= count) break;
  }
  const journeys = [...keep(confirmed, first), ...beyond].sort(byDeparture);
  const lastDeparture = journeys.length > 0 ? journeys[journeys.length - 1].departure + 1 : at;
  return {
    journeys: journeys.map((c) => buildJourney(ctx.data.timetable, c.path, ctx.noon)),
    earlier: { kind: 'arriveBy', at: t },
    later: { kind: 'after', at: lastDeparture },
  };
}

/**
 * The first search's answers, and of the other candidates those no candidate beats (BY_ALL); one per
 * equal outcome; none far costlier than another (withinCostLimit).
 */
function keep(others: Candidate[], answers: Candidate[]): Candidate[] {
  const list = [...answers, ...others];
  const out: Candidate[] = [];
  for (const c of list) {
    if (!answers.includes(c) && list.some((o) => o !== c && beats(o, c, BY_ALL))) continue;
    if (
      out.some((o) => o.departure === c.departure && o.arrival === c.arrival && o.transfers === c.transfers)
    )
      continue;
    out.push(c);
  }
  return withinCostLimit(out);
}

/** The page a cursor names. */
export function pageAt(
  contextAt: ContextAt,
  origin: QueryEnd,
  destination: QueryEnd,
  cursor: PageCursor,
  count: number,
): JourneyPage {
  if (cursor.kind === 'before') return pageBefore(contextAt, origin, destination, cursor.at, count);
  if (cursor.kind === 'arriveBy') return pageArriveBy(contextAt, origin, destination, cursor.at, count);
  return pageAfter(contextAt, origin, destination, cursor.at, count);
}
