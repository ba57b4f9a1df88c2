import type { z } from 'zod';
import { ApiError } from './ApiError.ts';

/**
 * Validates a request's query (or params) with a zod schema and returns the typed value; the first
 * problem becomes a 400 naming its parameter. Unknown parameters are rejected by the strict schemas.
 */
export function parseQuery<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    throw new ApiError('unknown_parameter', `Unknown parameter: ${keys}`, issue.keys[0]);
  }
  const param = issue.path.map(String).join('.') || undefined;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    throw new ApiError('invalid_parameter', `Missing required parameter: ${param}`, param);
  }
  throw new ApiError('invalid_parameter', `Invalid ${param ?? 'request'}: ${issue.message}`, param);
}
