/** Headers that carry credentials: never logged. */
const SECRET = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

/**
 * A copy of `headers` (as pino-http serializes them, lower-case names) with every credential header's
 * value replaced by `[redacted]`; undefined stays undefined.
 */
export function redactHeaders(
  headers: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!headers) return headers;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = SECRET.has(k.toLowerCase()) ? '[redacted]' : v;
  return out;
}
