/** Machine-readable error codes of the API, each with its HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_parameter: 400,
  unknown_parameter: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_stop: 404,
  unknown_trip: 404,
  unknown_feed: 404,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  feed_invalid: 422,
  feed_refused: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

/** One of the API's error codes. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * A typed error that the error middleware maps to `{ error: { code, message, param } }` with the
 * status of its code (after hafas-client's lib/errors.js). `details` goes into the body too.
 */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_STATUS[code];
  }
}
