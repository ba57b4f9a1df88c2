import { z } from 'zod';
import { journey, stop } from './responses.ts';

/**
 * Response schemas of the planners' endpoints (GET /api/reach, /api/compare and its pairs and jobs,
 * /api/lines, /api/timetable): the same vocabulary as responses.ts (FPTF `type`s, ISO 8601 times
 * with the stop's offset, durations in seconds).
 */

/** How one station is reached from the origin (GET /api/reach). */
const reachFigures = z.object({
  arrival: z
    .string()
    .describe('Arrival of the fastest journey leaving within maxMinutes of `time`, ISO 8601 at the station'),
  duration: z
    .number()
    .int()
    .describe(
      'Seconds from the first train leaving the origin at or after `time` (`departure`) to that arrival',
    ),
  transfers: z.number().int().describe('Fewest changes reaching that arrival'),
});
export const reachStop = z.object({
  id: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  country: z.string(),
  arrival: z
    .string()
    .nullable()
    .describe('Earliest arrival, ISO 8601 at the station (null: reached only in the compared feed)'),
  duration: z
    .number()
    .int()
    .nullable()
    .describe(
      'Seconds from the first train leaving the origin at or after `time` (`departure`) to that arrival',
    ),
  transfers: z.number().int().nullable().describe('Fewest changes reaching that arrival'),
  compare: reachFigures
    .nullable()
    .optional()
    .describe('With `compare`: the same station in the compared feed, null when not reached there'),
});
export const reachResponse = z.object({
  type: z.literal('reach'),
  feed: z.string(),
  from: stop,
  date: z.string(),
  time: z.string(),
  maxMinutes: z.number().int(),
  compare: z.object({ feed: z.string(), date: z.string() }).nullable(),
  stops: z
    .array(reachStop)
    .describe(
      'Stations reached within maxMinutes (in either feed with `compare`; a station not reached in the main feed then has its figures null), nearest first',
    ),
});
export type ReachResponse = z.infer<typeof reachResponse>;

/** One feed's figures for one station pair on one day (GET /api/compare). */
export const pairStats = z.object({
  journeys: z
    .number()
    .int()
    .describe(
      'The day’s journeys: departures 00:00–24:00 on the origin’s clock, each not beaten by a later departure (even the next day) with no more changes, none far costlier than another (the journeys API’s rules); arrivals within the two days after',
    ),
  directTrains: z.number().int().describe('Of the day’s journeys, those on one train (no change)'),
  fastest: z.number().int().nullable().describe('Shortest journey time of the day’s journeys, seconds'),
  median: z
    .number()
    .int()
    .nullable()
    .describe(
      'Median journey time (arrival − departure, walks at the ends included) over the day’s journeys, each journey counted once; with an even count the mean of the two middle values, rounded to the second',
    ),
  firstDeparture: z.string().nullable().describe('ISO 8601 at the origin'),
  lastDeparture: z.string().nullable().describe('ISO 8601 at the origin'),
  longestGap: z.number().int().nullable().describe('Longest wait between consecutive departures, seconds'),
  fewestTransfers: z.number().int().nullable(),
});
export type PairStatsDto = z.infer<typeof pairStats>;

export const changeStatus = z
  .enum(['new', 'lost', 'faster', 'slower', 'same', 'none'])
  .describe('Judged by the fastest journey');
export type ChangeStatusDto = z.infer<typeof changeStatus>;

const stationRef = z.object({ id: z.string(), name: z.string() });

export const comparisonRow = z.object({
  type: z.literal('comparisonRow'),
  from: stationRef,
  to: stationRef,
  baseline: pairStats,
  scenario: pairStats,
  change: z
    .object({
      journeys: z.number().int(),
      directTrains: z.number().int(),
      fastest: z.number().int().nullable(),
      median: z.number().int().nullable(),
      longestGap: z.number().int().nullable(),
      fewestTransfers: z.number().int().nullable(),
    })
    .describe('Scenario minus baseline (seconds; counts)'),
  status: changeStatus,
});
export type ComparisonRowDto = z.infer<typeof comparisonRow>;

const beforeAfter = z.object({
  baseline: z.number().int().nullable(),
  scenario: z.number().int().nullable(),
});

/** The pair a comparison leads with (the most direct trains gained or lost, then the fastest's change). */
export const compareHeadline = z.object({
  from: stationRef,
  to: stationRef,
  directTrains: beforeAfter,
  journeys: beforeAfter,
  fastest: beforeAfter.describe('Seconds'),
  median: beforeAfter.describe('Seconds'),
  text: z
    .string()
    .describe('In English, e.g. "Smolensk → Vitebsk: 0 → 2 direct trains a day; fastest 4 h 21 → 3 h 13"'),
});
export type CompareHeadline = z.infer<typeof compareHeadline>;

export const compareResponse = z.object({
  type: z.literal('comparison'),
  baseline: z.object({ feed: z.string(), date: z.string() }),
  scenario: z.object({ feed: z.string(), date: z.string() }),
  headline: compareHeadline.nullable().describe('Null when nothing changes'),
  stations: z.array(stationRef),
  rows: z.array(comparisonRow),
});
export type CompareResponse = z.infer<typeof compareResponse>;

export const comparePairResponse = z.object({
  type: z.literal('comparePair'),
  baseline: z.object({ feed: z.string(), date: z.string(), journeys: z.array(journey) }),
  scenario: z.object({ feed: z.string(), date: z.string(), journeys: z.array(journey) }),
});
export type ComparePairResponse = z.infer<typeof comparePairResponse>;

export const compareJob = z.object({
  type: z.literal('compareJob'),
  id: z.string(),
  state: z
    .enum(['queued', 'running', 'done', 'failed', 'cancelled'])
    .describe(
      'queued: waiting its turn (one job per client at a time); cancelled: by DELETE or past its time limit',
    ),
  progress: z.number().min(0).max(1),
  stations: z.number().int().describe('How many stations (origins) the job compares'),
  elapsedSeconds: z.number(),
  error: z.string().nullable(),
  result: compareResponse.nullable().describe('When done'),
});
export type CompareJob = z.infer<typeof compareJob>;

export const lineStation = z.object({
  id: z.string(),
  name: z.string(),
  km: z.number().describe('Distance along the line from its first station, km'),
  country: z.string(),
  isBorder: z.boolean(),
});

export const line = z.object({
  type: z.literal('line'),
  id: z.string(),
  name: z.string(),
  km: z.number().describe('Length, km (great circle between consecutive stations)'),
  stations: z.array(lineStation),
});
export type Line = z.infer<typeof line>;

export const linesResponse = z.object({ feed: z.string(), lines: z.array(line) });
export type LinesResponse = z.infer<typeof linesResponse>;

export const timetableCell = z.object({
  arrival: z.string().nullable().describe('Local HH:MM at the stop'),
  departure: z.string().nullable().describe('Local HH:MM at the stop'),
  change: z.boolean().describe('The connection changes trains here'),
  estimated: z.boolean(),
  day: z
    .number()
    .int()
    .describe(
      'Days after the timetable’s date of the time shown (departure, else arrival): 1 after midnight',
    ),
});

export const timetableColumn = z.object({
  type: z.literal('timetableColumn'),
  trains: z.array(
    z.object({
      tripId: z.string(),
      name: z.string().describe('Train number (trip_short_name, else route_short_name); "" when none'),
      route: z.string().describe('Route long name, what a column without a number is headed by'),
      headsign: z.string(),
      days: z.string(),
    }),
  ),
  change: stationRef.nullable().describe('Where a one-change connection changes trains'),
  days: z.string().describe('Operating days, e.g. "daily", "Mon–Fri", "Fri, Sun"'),
  departure: z.string(),
  arrival: z.string(),
  duration: z.number().int().describe('Seconds'),
  cells: z.array(timetableCell.nullable()).describe('One per station, null where the column does not call'),
});

export const timetableResponse = z.object({
  type: z.literal('timetable'),
  feed: z.string(),
  date: z.string(),
  from: stationRef,
  to: stationRef,
  stations: z.array(stationRef),
  columns: z.array(timetableColumn),
});
export type TimetableResponse = z.infer<typeof timetableResponse>;
