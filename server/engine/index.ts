/**
 * The routing engine's one public door (see README.md): everything outside server/engine imports
 * from here, never a file inside (test/arch enforces it).
 */

export { expandStops } from '../timetable/expandStops.ts';
export type { StopIdx, Timetable, TripIdx } from '../timetable/Timetable.ts';
export type { Journey, Leg, LegEnd, TrainLeg, WalkLeg } from './journey/Journey.ts';
export type {
  JourneyPage,
  JourneyQuery,
  OneToAllQuery,
  OneToAllResult,
  PageCursor,
  ProfileJourney,
  ProfileQuery,
} from './query/JourneyQuery.ts';
export { QUERY_DEFAULTS } from './query/JourneyQuery.ts';
export { resolveStopOrStation } from './query/resolveStopOrStation.ts';
export { Router } from './Router.ts';
export { buildRaptorData, type RaptorData } from './raptor/buildRaptorData.ts';
export type { RaptorIndex } from './raptor/RaptorIndex.ts';
