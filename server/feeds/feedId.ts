import { basename } from 'node:path';

/** A feed's id: its file or folder name, without a `.zip` extension. */
export function feedId(path: string): string {
  return basename(path.replace(/[/\\]+$/, '')).replace(/\.zip$/i, '');
}
