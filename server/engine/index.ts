/** Public surface of the routing engine (see README.md). */
export type { Journey, Leg, LegEnd, LegStop, TrainLeg, WalkLeg } from './journey/Journey.ts';
export type { JourneyQuery, OneToAllQuery, OneToAllResult } from './query/JourneyQuery.ts';
export { QUERY_DEFAULTS } from './query/JourneyQuery.ts';
export { expandStops, resolveStopOrStation } from './query/resolveStopOrStation.ts';
export { Router } from './Router.ts';
export { buildRaptorData, type RaptorData } from './raptor/buildRaptorData.ts';
export { formatInstant } from './time/formatInstant.ts';
