import { existsSync, readFileSync } from 'node:fs';
import type { StopLink } from '../timetable/merge/mergeStops.ts';

/**
 * The operator's links file: stops of different feeds that are one station although the automatic
 * rule (within 100 m and the same name or stop_code) does not see it. CSV with a header
 * `feed_a,stop_a,feed_b,stop_b`, one pair a line; blank lines and lines starting with `#` are
 * ignored. A missing file is no links. Throws an Error naming the line when a row is malformed (the
 * server then refuses to start: a links file is the operator's own, and a typo should not pass).
 */
export function readStopLinks(path: string | undefined): StopLink[] {
  if (!path || !existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const links: StopLink[] = [];
  let header = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(',').map((c) => c.trim());
    if (!header) {
      if (cells.join(',') !== 'feed_a,stop_a,feed_b,stop_b')
        throw new Error(`${path}:${i + 1}: expected the header feed_a,stop_a,feed_b,stop_b`);
      header = true;
      return;
    }
    if (cells.length !== 4 || cells.some((c) => c === ''))
      throw new Error(`${path}:${i + 1}: expected feed_a,stop_a,feed_b,stop_b, got ${line.slice(0, 200)}`);
    links.push({ a: { feed: cells[0], stop: cells[1] }, b: { feed: cells[2], stop: cells[3] } });
  });
  return links;
}
