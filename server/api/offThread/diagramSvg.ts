import { lineTrains } from '../../compare/lineTrains.ts';
import { mareySvg } from '../../compare/mareySvg.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { localToUnix } from '../../timetable/time/localToUnix.ts';
import { ApiError } from '../ApiError.ts';
import type { DiagramQuery } from '../contract/index.ts';
import { presentLine, resolveLine } from './linesOfFeed.ts';

const COLORS = ['#1f5fbf', '#d9730d'];

/**
 * Most train runs one diagram draws (both feeds together). A busy metro line over a day has
 * thousands (NYC subway, two feeds: a 3.9 MB SVG); past this the answer is a 400 that says how many
 * hours of that line would fit.
 */
export const MAX_DIAGRAM_TRAINS = 2000;

/**
 * A line's time–distance (Marey) diagram on a date as SVG, optionally with a second feed's trains in
 * another colour on the same clock times (`compareDate` shifted by whole days).
 */
export function diagramSvg(feed: LoadedFeed, other: LoadedFeed | null, q: DiagramQuery): string {
  const line = presentLine(feed, resolveLine(feed, q.line));
  const tt = feed.timetable;
  const first = tt.stopIndex.get(line.stations[0].id) ?? 0;
  const zone = tt.timezones[tt.stops.timezone[first]] ?? 'UTC';
  const secs = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return localToUnix(q.date, h * 3600 + m * 60, zone);
  };
  const from = secs(q.from);
  const to = secs(q.to);
  const ids = line.stations.map((s) => s.id);
  const series = [{ label: feed.id, color: COLORS[0], trains: lineTrains(tt, ids, q.date, from, to) }];
  if (other) {
    const day = q.compareDate ?? q.date;
    const delta = localToUnix(q.date, 0, zone) - localToUnix(day, 0, zone);
    const trains = lineTrains(other.timetable, ids, day, from - delta, to - delta).map((t) => ({
      ...t,
      calls: t.calls.map((c) => ({ ...c, arrival: c.arrival + delta, departure: c.departure + delta })),
    }));
    const label = day === q.date ? other.id : `${other.id} (${day})`;
    series.push({ label, color: COLORS[1], trains });
  }
  const count = series.reduce((n, s) => n + s.trains.length, 0);
  if (count > MAX_DIAGRAM_TRAINS) {
    const hours = (to - from) / 3600;
    const fit = Math.max(0.5, Math.floor(((hours * MAX_DIAGRAM_TRAINS) / count) * 2) / 2);
    throw new ApiError(
      'invalid_parameter',
      `${count} train runs in ${hours.toFixed(1)} h: a diagram draws at most ${MAX_DIAGRAM_TRAINS}; choose a window of about ${fit} h (from, to)`,
      'to',
    );
  }
  return mareySvg({
    title: `${line.name}, ${q.date} ${q.from}–${q.to}`,
    stations: line.stations,
    series,
    from,
    to,
    zone,
  });
}
