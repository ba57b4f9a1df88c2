import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A content hash of a feed (a zip file, or the files of a folder in name order), hex. Equal content
 * gives an equal version across restarts, so clients' ETags stay valid; any edit changes it.
 */
export function feedVersion(path: string): string {
  const h = createHash('sha256');
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      const p = join(path, name);
      if (!statSync(p).isFile()) continue;
      h.update(name).update('\0').update(readFileSync(p)).update('\0');
    }
  } else h.update(readFileSync(path));
  return h.digest('hex').slice(0, 16);
}
