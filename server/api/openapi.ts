import { z } from 'zod';
import * as contract from './contract/index.ts';

type Schema = z.ZodType;

interface Operation {
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathParams?: Record<string, Schema>;
  response: Schema;
  responseType?: string;
  /** Default 'get'. */
  method?: 'get' | 'post';
  /** Success status, default 200. */
  status?: number;
  /** Media type of a request body, when the operation takes one. */
  requestBody?: string;
  /** Needs the ADMIN_TOKEN bearer. */
  admin?: boolean;
}

const operations: Operation[] = [
  { path: '/api/health', summary: 'Status and the loaded feeds', response: contract.healthResponse },
  { path: '/api/feeds', summary: 'Loaded feeds with provenance summaries', response: contract.feedsResponse },
  {
    path: '/api/feeds',
    method: 'post',
    summary:
      'Upload a GTFS zip (ADMIN_TOKEN bearer): validated, stored atomically as <id>.zip, served at once; 422 with the report when invalid',
    status: 201,
    requestBody: 'application/zip',
    admin: true,
    query: contract.feedUploadQuery,
    response: contract.feedUploadResponse,
  },
  {
    path: '/api/feeds/{id}/gtfs.zip',
    summary:
      'A served feed or network as GTFS (zip): written from the timetable it is served from, read back by our own validator before it leaves (500 rather than a file with errors)',
    query: contract.emptyQuery,
    pathParams: { id: contract.feedParam },
    response: z.string().describe('GTFS zip'),
    responseType: 'application/zip',
  },
  {
    path: '/api/admin/reload',
    method: 'post',
    summary:
      'Reread every feed (ADMIN_TOKEN bearer); a feed with errors keeps the old one serving, 422 with the report',
    admin: true,
    query: contract.emptyQuery,
    response: contract.reloadResponse,
  },
  {
    path: '/api/stops',
    summary: 'Station search (autocomplete)',
    query: contract.stopsQuery,
    response: contract.stopsResponse,
  },
  {
    path: '/api/journeys',
    summary:
      'Journeys between two stops or stations: a page of at least `count` in departure order where the 24 h from `time` have them, none boarding twice at a station; per number of transfers the answer leaves within the 24 h (a later journey with as few trains is listed as its own); walks at both ends (the station’s other platforms, transfers.txt walks, walks generated within 400 m) are legs with role access/egress, not transfers; `earlier`/`later` are cursors for the pages around (pass back as `cursor`; pages may repeat a journey)',
    query: contract.journeysQuery,
    response: contract.journeysResponse,
  },
  {
    path: '/api/reach',
    summary:
      'Travel-time map: every station one reaches from `from` in at most `maxMinutes` on a journey leaving within `maxMinutes` of `time` (the fastest such journey: its arrival, its own duration from its first train, its changes), nearest first; with `compare` each station’s figures in a second feed too',
    query: contract.reachQuery,
    response: contract.reachResponse,
  },
  {
    path: '/api/stops/{id}/departures',
    summary: 'Departures board of a stop or station',
    query: contract.boardQuery,
    pathParams: { id: contract.idParam },
    response: contract.boardResponse,
  },
  {
    path: '/api/stops/{id}/arrivals',
    summary: 'Arrivals board of a stop or station',
    query: contract.boardQuery,
    pathParams: { id: contract.idParam },
    response: contract.boardResponse,
  },
  {
    path: '/api/trips/{id}',
    summary: 'One trip on one date with every stop time, geometry and border crossings',
    query: contract.tripQuery,
    pathParams: { id: contract.idParam },
    response: contract.tripResponse,
  },
  {
    path: '/api/network',
    summary: 'Lines, stations and border crossings as GeoJSON',
    query: contract.networkQuery,
    response: contract.networkResponse,
  },
  {
    path: '/api/compare',
    summary: 'Compare two feeds: every ordered pair of stations on a day, and the change (JSON or CSV)',
    query: contract.compareQuery,
    response: contract.compareResponse,
  },
  {
    path: '/api/compare/pair',
    summary: 'One station pair of a comparison: both feeds’ journeys of the day, side by side',
    query: contract.comparePairQuery,
    response: contract.comparePairResponse,
  },
  {
    path: '/api/compare/jobs',
    method: 'post',
    summary:
      'Start a comparison job (the parameters of /api/compare, in the query; more stations allowed): 202 with the job',
    status: 202,
    query: contract.compareQuery,
    response: contract.compareJob,
  },
  {
    path: '/api/compare/jobs/{id}',
    summary:
      'A comparison job (started with POST /api/compare/jobs and the parameters of /api/compare): progress 0..1, then the result',
    query: contract.compareJobQuery,
    pathParams: { id: contract.jobIdParam },
    response: contract.compareJob,
  },
  {
    path: '/api/lines',
    summary: 'Lines of a feed: ordered station sequences between termini and junctions, with km',
    query: contract.linesQuery,
    response: contract.linesResponse,
  },
  {
    path: '/api/diagram',
    summary: 'Time–distance (Marey) diagram of a line on a date, as SVG (image/svg+xml)',
    query: contract.diagramQuery,
    response: z.string().describe('SVG document'),
    responseType: 'image/svg+xml',
  },
  {
    path: '/api/timetable',
    summary: 'Printed-timetable view between two stations on a date (JSON; HTML or CSV by format or Accept)',
    query: contract.timetableQuery,
    response: contract.timetableResponse,
  },
];

function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests (query
 * parameters as their input form) and describe responses. JSON Schema 2020-12 is OpenAPI 3.1's
 * schema dialect, so zod's output is used as is.
 */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const op of operations) {
    const parameters: unknown[] = [];
    for (const [name, schema] of Object.entries(op.pathParams ?? {}))
      parameters.push({ name, in: 'path', required: true, schema: jsonSchema(schema, 'input') });
    if (op.query) {
      const shape = op.query.shape as Record<string, Schema>;
      const required = new Set((jsonSchema(op.query, 'input').required as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries(shape)) {
        const js = jsonSchema(schema, 'input');
        parameters.push({
          name,
          in: 'query',
          required: required.has(name),
          description: js.description,
          schema: js,
        });
      }
    }
    const errorRef = { $ref: '#/components/schemas/Error' };
    if (!paths[op.path]) paths[op.path] = {};
    const methods = paths[op.path] as Record<string, unknown>;
    methods[op.method ?? 'get'] = {
      summary: op.summary,
      parameters,
      ...(op.requestBody && {
        requestBody: {
          required: true,
          content: { [op.requestBody]: { schema: { type: 'string', format: 'binary' } } },
        },
      }),
      ...(op.admin && { security: [{ adminToken: [] }] }),
      responses: {
        [op.status ?? 200]: {
          description: 'OK',
          content: {
            [op.responseType ?? 'application/json']: { schema: jsonSchema(op.response, 'output') },
          },
        },
        400: {
          description: 'Invalid or unknown parameter',
          content: { 'application/json': { schema: errorRef } },
        },
        404: {
          description: 'Unknown stop, trip or feed',
          content: { 'application/json': { schema: errorRef } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corridor API',
      version,
      description:
        'Rail journey planning over GTFS feeds. Times are ISO 8601 with the stop’s own UTC offset; durations in seconds.',
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(contract.errorResponse, 'output') },
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer', description: 'The server’s ADMIN_TOKEN' },
      },
    },
  };
}
