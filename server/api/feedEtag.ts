import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { LoadedFeed } from '../feeds/LoadedFeed.ts';

/**
 * Sets a strong ETag derived from the feed version and the request URL, and answers 304 when the
 * client already has it. Returns true when the response was sent (the handler computes nothing).
 * A reload with a changed feed changes the version and so every ETag.
 */
export function feedEtag(req: Request, res: Response, feeds: readonly LoadedFeed[]): boolean {
  const h = createHash('sha1').update(req.originalUrl);
  for (const f of feeds) h.update(f.version);
  const etag = `"${h.digest('base64url').slice(0, 27)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'public, max-age=60');
  const inm = req.headers['if-none-match'];
  if (inm?.split(',').some((t) => t.trim() === etag)) {
    res.status(304).end();
    return true;
  }
  return false;
}
