import type { Journey } from '../../../server/engine/journey/Journey.ts';
import type { JourneyQuery } from '../../../server/engine/query/JourneyQuery.ts';
import { resolveStopOrStation } from '../../../server/engine/query/resolveStopOrStation.ts';
import { Router } from '../../../server/engine/Router.ts';
import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { describeJourney } from './describeJourney.ts';
import { type JourneyView, journeyView } from './legView.ts';

/** Test shorthand for a query: ids instead of indexes, 'HH:MM' instead of seconds. */
export interface PlanArgs extends Omit<JourneyQuery, 'from' | 'to' | 'time' | 'date' | 'windowSeconds'> {
  from: string;
  to: string;
  date?: string;
  time: string;
  windowMinutes?: number;
}

/** Runs a query on a fixture and returns the journeys as readable lines (see describeJourney). */
export function plan(tt: Timetable | Router, args: PlanArgs): string[] {
  return planJourneys(tt, args).map((j) => describeJourney(j, args.date ?? '2026-04-01'));
}

/** Runs a query on a fixture and returns the journeys, legs as the scenario tests read them (legView). */
export function planJourneys(tt: Timetable | Router, args: PlanArgs): JourneyView[] {
  const router = tt instanceof Router ? tt : new Router(tt);
  const table = router.data.timetable;
  return planEngineJourneys(router, args).map((j) => journeyView(table, j));
}

/** Runs a query on a fixture and returns the engine's journeys as they are. */
export function planEngineJourneys(router: Router, args: PlanArgs): Journey[] {
  const table = router.data.timetable;
  const [h, m] = args.time.split(':').map(Number);
  return router.plan({
    ...args,
    from: resolveStopOrStation(table, args.from),
    to: resolveStopOrStation(table, args.to),
    date: args.date ?? '2026-04-01',
    time: h * 3600 + m * 60,
    windowSeconds: args.windowMinutes ? args.windowMinutes * 60 : undefined,
  });
}
