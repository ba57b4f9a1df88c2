import { z } from 'zod';

/**
 * Response schemas (FPTF vocabulary: `type` on every object, ISO 8601 times with the stop's own
 * offset, durations in seconds). The client imports only the inferred types.
 */

export const stop = z.object({
  type: z.literal('stop'),
  id: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().describe('ISO 3166-1 alpha-2, "" when unknown'),
  timezone: z.string(),
  station: z.string().nullable().describe('Parent station id'),
  isStation: z.boolean(),
  isBorder: z.boolean().describe('Last stop before or first after a border on some train'),
});
export type Stop = z.infer<typeof stop>;

const lonLat = z.tuple([z.number(), z.number()]);

export const lineString = z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat) });

export const borderCrossing = z.object({
  type: z.literal('borderCrossing'),
  fromCountry: z.string(),
  toCountry: z.string(),
  point: lonLat.describe('[lon, lat]'),
  afterStop: z.string().describe('Id of the last stop before the border'),
  beforeStop: z.string().describe('Id of the first stop after the border'),
  advisory: z.string().nullable().describe('Rider advisory from the feed'),
  advisorySource: z.string().nullable(),
});
export type BorderCrossing = z.infer<typeof borderCrossing>;

export const stopover = z.object({
  type: z.literal('stopover'),
  stop,
  arrival: z.string().nullable(),
  departure: z.string().nullable(),
  estimated: z.boolean().describe('Time not published by any source (GTFS timepoint=0 or interpolated)'),
});
export type Stopover = z.infer<typeof stopover>;

export const tripRef = z.object({
  id: z.string(),
  name: z.string().describe('Train number or route short name'),
  route: z.object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().describe('route_short_name, "" when none'),
    longName: z.string().describe('route_long_name, "" when none'),
    color: z.string().nullable(),
  }),
  agency: z.object({ id: z.string(), name: z.string(), url: z.string() }),
  headsign: z.string(),
  feed: z.string().describe('The feed that publishes the trip (in a network: the member feed)'),
});
export type TripRef = z.infer<typeof tripRef>;

const platform = z.string().nullable().describe('platform_code of the stop, null when the feed gives none');

export const trainLeg = z.object({
  type: z.literal('train'),
  trip: tripRef,
  mode: z
    .enum(['train', 'bus', 'watercraft', 'gondola', 'aircraft', 'taxi'])
    .describe('FPTF mode from the GTFS route_type (basic and extended types)'),
  product: z
    .string()
    .describe(
      'Finer kind from route_type: tram, subway, rail, highSpeed, longDistance, regional, suburban, …',
    ),
  from: z.object({ stop, departure: z.string(), platform }),
  to: z.object({ stop, arrival: z.string(), platform }),
  serviceDate: z.string().describe('The trip’s service day (YYYY-MM-DD): its times count from it'),
  operatingDays: z.object({
    weekdays: z.array(z.number().int().min(1).max(7)).describe('ISO weekdays (1 = Monday) it runs on'),
    text: z.string().describe('The same as a printed timetable writes it: "daily", "Mon–Fri", "Fri, Sun"'),
  }),
  wheelchairAccessible: z
    .boolean()
    .nullable()
    .describe('GTFS wheelchair_accessible of the trip; null when the feed says nothing'),
  duration: z.number().int(),
  estimated: z.boolean(),
  stayOn: z
    .boolean()
    .describe('Stay on the train: the same vehicle goes on from the previous leg (block_id), not a change'),
  stops: z.array(stopover),
  geometry: lineString,
  borderCrossings: z.array(borderCrossing),
});
export type TrainLeg = z.infer<typeof trainLeg>;

export const walkLeg = z.object({
  type: z.literal('walk'),
  role: z
    .enum(['access', 'transfer', 'egress'])
    .describe('To the first train (not a transfer), between trains, or from the last train (not a transfer)'),
  distance: z.number().int().nullable().describe('Straight-line metres, null without coordinates'),
  from: z.object({ stop, departure: z.string() }),
  to: z.object({ stop, arrival: z.string() }),
  duration: z.number().int(),
  geometry: lineString,
});
export type WalkLeg = z.infer<typeof walkLeg>;

export const leg = z.discriminatedUnion('type', [trainLeg, walkLeg]);
export type Leg = z.infer<typeof leg>;

export const journey = z.object({
  type: z.literal('journey'),
  departure: z.string(),
  arrival: z.string(),
  duration: z.number().int().describe('Seconds'),
  transfers: z.number().int(),
  estimated: z.boolean(),
  legs: z.array(leg),
});
export type Journey = z.infer<typeof journey>;

export const journeysResponse = z.object({
  feed: z.string(),
  journeys: z.array(journey),
  earlier: z
    .string()
    .describe('Cursor of the page before (journeys departing earlier): pass it back as cursor='),
  later: z
    .string()
    .describe('Cursor of the page after; pages may repeat a journey, which a client shows once'),
});
export type JourneysResponse = z.infer<typeof journeysResponse>;

export const stopsResponse = z.object({
  feed: z.string(),
  stops: z.array(
    stop.extend({ distance: z.number().int().optional().describe('Metres from `near`, when given') }),
  ),
});
export type StopsResponse = z.infer<typeof stopsResponse>;

export const boardEntry = z.object({
  type: z.literal('boardEntry'),
  trip: tripRef,
  stop,
  time: z.string(),
  estimated: z.boolean(),
  direction: z.string().describe('Terminus (departures) or origin (arrivals)'),
});
export const boardResponse = z.object({
  feed: z.string(),
  stop,
  kind: z.enum(['departures', 'arrivals']),
  date: z.string().describe('The requested date (YYYY-MM-DD, local to the stop)'),
  time: z.string().describe('The requested start time (HH:MM, local to the stop)'),
  duration: z.number().int().describe('Minutes the board covers'),
  from: z.string().describe('Start of the window, ISO 8601 with the stop’s offset'),
  to: z.string().describe('End of the window (exclusive), ISO 8601 with the stop’s offset'),
  entries: z.array(boardEntry),
});
export type BoardResponse = z.infer<typeof boardResponse>;

export const tripResponse = z.object({
  feed: z.string(),
  date: z.string(),
  trip: tripRef,
  estimated: z.boolean(),
  stops: z.array(stopover),
  geometry: lineString,
  borderCrossings: z.array(borderCrossing),
});
export type TripResponse = z.infer<typeof tripResponse>;

export const feedSummary = z.object({
  id: z.string(),
  agencies: z.array(z.object({ id: z.string(), name: z.string(), timezone: z.string() })),
  stops: z.number().int(),
  trips: z.number().int(),
  serviceFrom: z.string().nullable(),
  serviceTo: z.string().nullable(),
  loadedAt: z.string(),
  warnings: z.number().int(),
  errors: z.number().int().describe('Validation errors: the rows (or values) they touch are left out'),
  droppedRows: z.number().int().describe('Rows left out of the timetable, all files together'),
  dropped: z
    .array(
      z.object({
        file: z.string(),
        code: z
          .string()
          .describe(
            'Why: the error code of the rows, or DroppedReference for rows naming something dropped before them',
          ),
        rows: z.number().int(),
      }),
    )
    .describe('Rows left out, by file and reason'),
  provenance: z.object({
    publishedTrips: z.number().int(),
    estimatedTrips: z.number().int(),
    partlyEstimatedTrips: z.number().int(),
  }),
  members: z
    .array(z.string())
    .optional()
    .describe('A network: the feeds routed over as one (requests name it like a feed)'),
  stations: z
    .number()
    .int()
    .optional()
    .describe('A network: stations formed from stops of several member feeds'),
});
export type FeedSummary = z.infer<typeof feedSummary>;

/** A validation issue as the API shows it (the loader's ValidationIssue). */
export const validationIssue = z
  .object({
    severity: z.string(),
    code: z.string(),
    file: z.string(),
    line: z.number(),
    field: z.string(),
    message: z.string(),
  })
  .loose();

/** A configured feed the loader refused: not served; requests naming it get `feed_refused`. */
export const refusedFeedSummary = z.object({
  id: z.string(),
  reason: z.string().describe('Why nothing is served from it (nothing usable left, or strict and errors)'),
  errorCount: z.number().int(),
  errors: z.array(validationIssue).describe('Its first errors, in file order'),
  refusedAt: z.string(),
});
export type RefusedFeedSummary = z.infer<typeof refusedFeedSummary>;

export const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  feeds: z.array(feedSummary),
  refused: z.array(refusedFeedSummary),
});
export const feedsResponse = z.object({
  default: z.string().nullable(),
  feeds: z.array(feedSummary),
  refused: z.array(refusedFeedSummary),
});
export type FeedsResponse = z.infer<typeof feedsResponse>;

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), param: z.string().optional() }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

/** Properties of the features of GET /api/network (a GeoJSON FeatureCollection). */
export const networkFeatureProps = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('line'),
    id: z.string(),
    name: z.string(),
    color: z.string().nullable(),
    routes: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('station'),
    id: z.string(),
    name: z.string(),
    country: z.string(),
    isBorder: z.boolean(),
    major: z.boolean().describe('A junction or where trips start or end (drawn larger)'),
    departures: z.number().int().describe('Trips calling here over the feed'),
  }),
  z.object({
    kind: z.literal('borderCrossing'),
    fromCountry: z.string(),
    toCountry: z.string(),
    afterStop: z.string(),
    beforeStop: z.string(),
    advisory: z.string().nullable(),
  }),
]);
export type NetworkFeatureProps = z.infer<typeof networkFeatureProps>;

export const networkResponse = z.object({
  type: z.literal('FeatureCollection'),
  feed: z.string(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.union([lineString, z.object({ type: z.literal('Point'), coordinates: lonLat })]),
      properties: networkFeatureProps,
    }),
  ),
});
export type NetworkResponse = z.infer<typeof networkResponse>;

/** POST /api/feeds: the stored feed's id and summary, and its first validation warnings. */
export const feedUploadResponse = z.object({
  stored: z.string(),
  feed: feedSummary,
  warnings: z.array(validationIssue),
  errors: z.array(validationIssue).describe('Its first errors (their rows are left out), none under strict'),
});

/** POST /api/admin/reload: per feed, swapped in, unchanged, or kept with the errors that kept it. */
export const reloadResponse = z.object({
  ok: z.boolean(),
  feeds: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['reloaded', 'unchanged', 'kept']),
      errors: z.array(z.unknown()).optional(),
    }),
  ),
});
