import { z } from 'zod';

/**
 * Request schemas: every query parameter the API accepts, validated once at the edge. Unknown
 * parameters are rejected (`strict`). The same schemas generate /api/openapi.json.
 */

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a calendar date',
  )
  .describe('Service date, YYYY-MM-DD, in the stop’s local calendar');
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (00:00–23:59)')
  .describe('Local time at the stop, HH:MM');
const boolString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const intString = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const id = z.string().min(1).max(200).describe('A GTFS id');
export const lang = z.enum(['en', 'ru', 'be']).describe('Language of names and advisories');
/** One feed (comparisons, uploads: never a network). */
const feed = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.-]+$/, 'letters, digits, . _ -')
  .describe('Feed id (file or folder name)');
/** What a query routes over: a feed, a configured network, or several feeds as one (`a,b`). */
const feeds = z
  .string()
  .min(1)
  .max(500)
  .regex(/^[\w.-]+(,[\w.-]+){0,15}$/, 'a feed id (letters, digits, . _ -), or up to 16 joined by commas')
  .describe(
    'Feed id (file or folder name), a configured network’s name, or feed ids joined by commas: their union as one network',
  );

/** GET /api/journeys */
export const journeysQuery = z
  .strictObject({
    from: id.describe('Origin stop or station id'),
    to: id.describe('Destination stop or station id'),
    date,
    time,
    arriveBy: boolString.default(false).describe('Arrive by `time` instead of departing after it'),
    window: intString(0, 1440)
      .default(0)
      .describe('Range query: all Pareto-optimal journeys departing within this many minutes'),
    maxTransfers: intString(0, 8).default(5),
    minTransfer: intString(0, 120).default(5).describe('Minimum change time at one station, minutes'),
    count: intString(1, 20)
      .default(3)
      .describe(
        'At least this many journeys, in departure order, where the 24 h from `time` have them (like OpenTripPlanner’s numItineraries)',
      ),
    cursor: z
      .string()
      .max(64)
      .optional()
      .describe('A page cursor from an earlier response (earlier/later): that page instead of date and time'),
    feed: feeds.optional(),
    lang: lang.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.cursor !== undefined && q.window > 0)
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'cursor pages are not ranges (window=0)' });
    // A range is a window of departures; arrive-by has no departure window to range over.
    if (q.arriveBy && q.window > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['window'],
        message: 'window applies to depart-after queries only (arriveBy=false)',
      });
  });
export type JourneysQuery = z.infer<typeof journeysQuery>;

/** GET /api/stops */
export const stopsQuery = z.strictObject({
  q: z.string().max(100).default(''),
  near: z
    .string()
    .regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'expected lat,lon in degrees')
    .transform((s) => {
      const [lat, lon] = s.split(',').map(Number);
      return { lat, lon };
    })
    .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, 'lat within ±90, lon within ±180')
    .optional()
    .describe('`lat,lon` (WGS84 degrees): the stations nearest to it, filtered by `q` when given'),
  lang: lang.optional(),
  feed: feeds.optional(),
  limit: intString(1, 100).default(20),
});
export type StopsQuery = z.infer<typeof stopsQuery>;

/** GET /api/reach */
export const reachQuery = z.strictObject({
  from: id.describe('Origin stop or station id'),
  date,
  time: time.default('06:00'),
  maxMinutes: intString(1, 1440).default(180).describe('Only stations reached within this many minutes'),
  maxTransfers: intString(0, 8).default(5),
  minTransfer: intString(0, 120).default(5).describe('Minimum change time at one station, minutes'),
  feed: feeds.optional(),
  compare: feeds.optional().describe('A second feed (or network): each station with its figures there too'),
  compareDate: date.optional().describe('The date in the compared feed (default `date`)'),
  lang: lang.optional(),
});
export type ReachQuery = z.infer<typeof reachQuery>;

/** GET /api/stops/:id/departures and /arrivals */
export const boardQuery = z.strictObject({
  date,
  time: time.default('00:00'),
  duration: intString(1, 1440).default(180).describe('Minutes after `time`'),
  feed: feeds.optional(),
  lang: lang.optional(),
});
export type BoardQuery = z.infer<typeof boardQuery>;

/** GET /api/trips/:id */
export const tripQuery = z.strictObject({ date, feed: feeds.optional(), lang: lang.optional() });
export type TripQuery = z.infer<typeof tripQuery>;

/** GET /api/network */
export const networkQuery = z.strictObject({ feed: feeds.optional(), lang: lang.optional() });
export type NetworkQuery = z.infer<typeof networkQuery>;

/** Path parameter of /api/feeds/:id/gtfs.zip: a feed, a configured network or `a,b`. */
export const feedParam = feeds;

/** Path parameter ids (stops, trips). */
export const idParam = id;

/** Endpoints without parameters still reject unknown ones. */
export const emptyQuery = z.strictObject({});

const stationList = z
  .string()
  .max(2000)
  .regex(/^[^,]+(,[^,]+)*$/, 'comma-separated stop ids')
  .transform((s) => [...new Set(s.split(','))])
  .pipe(z.array(id).min(2, 'at least two stations').max(200))
  .describe('Comma-separated station or stop ids (default: termini, junctions and border stations)');

/** GET /api/compare (and POST /api/compare/jobs, same parameters) */
export const compareQuery = z.strictObject({
  baseline: feed.describe('Feed id of the current timetable'),
  scenario: feed.describe('Feed id of the proposed timetable'),
  date: date.describe('Service date of the scenario (and of the baseline unless baselineDate is given)'),
  baselineDate: date.optional().describe('Service date of the baseline when it differs (e.g. last year)'),
  stations: stationList.optional(),
  format: z.enum(['json', 'csv']).optional().describe('Response format; default from the Accept header'),
});
export type CompareQuery = z.infer<typeof compareQuery>;

/** GET /api/compare/pair: the two feeds' journeys of one row, side by side */
export const comparePairQuery = z.strictObject({
  baseline: feed,
  scenario: feed,
  date,
  baselineDate: date.optional(),
  from: id.describe('Origin station or stop id'),
  to: id.describe('Destination station or stop id'),
  lang: lang.optional(),
});
export type ComparePairQuery = z.infer<typeof comparePairQuery>;

/** Path parameter of GET /api/compare/jobs/:id */
export const jobIdParam = z
  .string()
  .regex(/^[\w-]{1,64}$/, 'a job id')
  .describe('Comparison job id');

/** GET /api/compare/jobs/:id */
export const compareJobQuery = z.strictObject({
  format: z.enum(['json', 'csv']).optional().describe('Format of the result once done; default from Accept'),
  changed: boolString
    .default(false)
    .describe('Only rows whose status is not `same` or `none` (large feeds: keeps the result small)'),
});
export type CompareJobQuery = z.infer<typeof compareJobQuery>;

/** GET /api/lines */
export const linesQuery = z.strictObject({ feed: feeds.optional() });
export type LinesQuery = z.infer<typeof linesQuery>;

/** GET /api/diagram */
export const diagramQuery = z.strictObject({
  feed: feeds.optional(),
  line: z
    .string()
    .max(401)
    .regex(/^\S+--\S+$/, 'a line id from /api/lines, or <stop id>--<stop id>')
    .describe('Line id from /api/lines, or any two station ids joined by -- (the track path between them)'),
  date,
  from: time.default('00:00').describe('Start of the time window, local time at the line’s first station'),
  to: time.default('23:59').describe('End of the time window (after `from`)'),
  compare: feed.optional().describe('A second feed drawn in another colour (same station ids)'),
  compareDate: date
    .optional()
    .describe('Service date of the compare feed (default `date`), drawn on the same clock times'),
});
export type DiagramQuery = z.infer<typeof diagramQuery>;

/** GET /api/timetable */
export const timetableQuery = z.strictObject({
  from: id.describe('Origin station or stop id'),
  to: id.describe('Destination station or stop id'),
  date,
  feed: feeds.optional(),
  format: z
    .enum(['json', 'html', 'csv'])
    .optional()
    .describe('Response format; default from the Accept header'),
  lang: lang.optional().describe('Language of names, operating days and the HTML/CSV headings'),
});
export type TimetableQuery = z.infer<typeof timetableQuery>;

/** POST /api/feeds query: the id the feed is stored and served under (`<id>.zip`). */
export const feedUploadQuery = z.strictObject({
  id: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'letters, digits, . _ - (at most 64)')
    .refine((s) => !s.includes('..') && !s.startsWith('.'), 'no leading dot, no ..')
    .describe('Feed id: the stored file is <id>.zip in the data directory'),
  strict: boolString
    .optional()
    .describe(
      'Refuse the feed (422) on any validation error; default: the server’s setting (CORRIDOR_STRICT)',
    ),
});
export type FeedUploadQuery = z.infer<typeof feedUploadQuery>;
