import type { Graph } from '@dagrejs/graphlib';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { Line } from '../../network/findLines.ts';
import { linePath } from '../../network/linePath.ts';
import { trackGraph } from '../../network/trackGraph.ts';
import { ApiError } from '../ApiError.ts';
import type { Line as LineDto } from '../contract/index.ts';

const byId = new WeakMap<LoadedFeed, Map<string, Line>>();
const tracks = new WeakMap<LoadedFeed, Graph>();

/** A line as the API shows it: names, km to one decimal, countries and border stations. */
export function presentLine(feed: LoadedFeed, l: Line): LineDto {
  const { stops } = feed.timetable;
  const first = l.stations[0];
  const last = l.stations[l.stations.length - 1];
  return {
    type: 'line',
    id: l.id,
    name: `${stops.name[first]} – ${stops.name[last]}`,
    km: Math.round(l.km[l.km.length - 1] * 10) / 10,
    stations: l.stations.map((s, i) => ({
      id: stops.id[s],
      name: stops.name[s],
      km: Math.round(l.km[i] * 10) / 10,
      country: feed.countries[s] ?? '',
      isBorder: feed.border[s] === 1,
    })),
  };
}

/**
 * A line of the feed by id (from /api/lines), or the track path between two stations given as
 * `<stop id>--<stop id>` (404 naming `line` when neither). The track graph is built on first use per
 * feed (a worker thread keeps it).
 */
export function resolveLine(feed: LoadedFeed, id: string): Line {
  let lines = byId.get(feed);
  if (!lines) {
    lines = new Map(feed.lines.map((l) => [l.id, l]));
    byId.set(feed, lines);
  }
  const known = lines.get(id);
  if (known) return known;
  const [a, b] = id.split('--');
  const from = feed.timetable.stopIndex.get(a);
  const to = feed.timetable.stopIndex.get(b);
  const st = feed.timetable.stops;
  const station = (s: number) => (st.parent[s] >= 0 ? st.parent[s] : s);
  let track = tracks.get(feed);
  if (!track && from !== undefined && to !== undefined) {
    track = trackGraph(feed.timetable, feed.graph);
    tracks.set(feed, track);
  }
  const path =
    from === undefined || to === undefined || !track
      ? null
      : linePath(feed.timetable, track, station(from), station(to));
  if (!path) throw new ApiError('not_found', `Unknown line in feed ${feed.id}: ${id}`, 'line');
  return path;
}
