import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ApiError } from './ApiError.ts';

/** 404 for any /api path no router answered. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new ApiError('not_found', `No such endpoint: ${req.method} ${req.path}`));
};

/**
 * The one error middleware: ApiError -> its status and JSON body; body-parser/URI errors -> 4xx;
 * anything else -> 500 with a generic message (the stack goes to the log, never to the client).
 */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let apiError: ApiError;
  if (err instanceof ApiError) apiError = err;
  else if (
    err &&
    typeof err === 'object' &&
    'status' in err &&
    typeof err.status === 'number' &&
    err.status < 500
  ) {
    const status = err.status as number;
    apiError = new ApiError(
      status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request',
      'Malformed request',
    );
  } else {
    req.log?.error({ err }, 'request failed');
    apiError = new ApiError('internal', 'Internal error');
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body: { error: Record<string, unknown> } = {
    error: { code: apiError.code, message: apiError.message },
  };
  if (apiError.param) body.error.param = apiError.param;
  if (apiError.details !== undefined) body.error.details = apiError.details;
  res.status(apiError.status).type('application/json').send(JSON.stringify(body));
};
