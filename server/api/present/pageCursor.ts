import type { PageCursor } from '../../engine/index.ts';
import { ApiError } from '../ApiError.ts';

const KINDS = ['after', 'before', 'arriveBy'] as const;

/**
 * A page cursor as the API hands it out: an opaque string (base64url of `kind:unixSeconds`), like
 * MOTIS's pageCursor; clients pass it back as `cursor=` for the earlier or later page.
 */
export function encodeCursor(c: PageCursor): string {
  return Buffer.from(`${c.kind}:${c.at}`).toString('base64url');
}

/** The cursor of a `cursor=` parameter; a 400 naming `cursor` when it is not one we made. */
export function decodeCursor(s: string): PageCursor {
  const m = /^(after|before|arriveBy):(-?\d{1,12})$/.exec(Buffer.from(s, 'base64url').toString('utf8'));
  if (!m || !KINDS.includes(m[1] as (typeof KINDS)[number]))
    throw new ApiError('bad_request', 'cursor is not a page cursor from an earlier response', 'cursor');
  return { kind: m[1] as PageCursor['kind'], at: Number(m[2]) };
}
