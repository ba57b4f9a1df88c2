import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/** Whether the request carries `Authorization: Bearer <adminToken>` (false when no token is set). */
export function hasAdminToken(req: Request, adminToken: string | undefined): boolean {
  if (!adminToken) return false;
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(adminToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
