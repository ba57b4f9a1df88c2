import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { ReloadOutcome } from '../../feeds/createReloader.ts';
import { ApiError } from '../ApiError.ts';
import { emptyQuery } from '../contract/index.ts';
import { parseQuery } from '../parseQuery.ts';

/**
 * POST /api/admin/reload (bearer ADMIN_TOKEN): rereads every feed; a feed with errors keeps the old
 * timetable serving and its report comes back in the response. Disabled (403) without a token.
 */
export function adminRouter(adminToken: string | undefined, reload: () => Promise<ReloadOutcome>): Router {
  const router = Router();
  router.post('/admin/reload', async (req, res) => {
    if (!adminToken) throw new ApiError('forbidden', 'Reload is disabled: set ADMIN_TOKEN to enable it');
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(adminToken);
    if (a.length !== b.length || !timingSafeEqual(a, b))
      throw new ApiError('unauthorized', 'Missing or wrong bearer token');
    parseQuery(emptyQuery, req.query);
    const outcome = await reload();
    res.status(outcome.ok ? 200 : 422).json(outcome);
  });
  return router;
}
