import { Router } from 'express';
import { lineTrains } from '../../compare/lineTrains.ts';
import { mareySvg } from '../../compare/mareySvg.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { findLines, type Line } from '../../network/findLines.ts';
import { linePath } from '../../network/linePath.ts';
import { trackGraph } from '../../network/trackGraph.ts';
import { localToUnix } from '../../timetable/time/localToUnix.ts';
import { ApiError } from '../ApiError.ts';
import { diagramQuery, type Line as LineDto, linesQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';

interface FeedLines {
  lines: Line[];
  byId: Map<string, Line>;
  track: ReturnType<typeof trackGraph>;
}

const COLORS = ['#1f5fbf', '#d9730d'];

/**
 * GET /api/lines: the feed's lines (maximal track paths between termini and junctions, with km).
 * GET /api/diagram: a line's time–distance (Marey) diagram on a date as SVG, optionally with a
 * second feed's trains in another colour. `line` may also be any `<stop id>--<stop id>`.
 */
export function linesRouter(catalog: FeedCatalog): Router {
  const router = Router();
  const cache = new WeakMap<LoadedFeed, FeedLines>();
  const linesOf = (feed: LoadedFeed): FeedLines => {
    let v = cache.get(feed);
    if (!v) {
      const lines = findLines(feed.timetable, feed.graph);
      v = {
        lines,
        byId: new Map(lines.map((l) => [l.id, l])),
        track: trackGraph(feed.timetable, feed.graph),
      };
      cache.set(feed, v);
    }
    return v;
  };
  const present = (feed: LoadedFeed, l: Line): LineDto => {
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
  };
  const resolveLine = (feed: LoadedFeed, id: string): Line => {
    const fl = linesOf(feed);
    const known = fl.byId.get(id);
    if (known) return known;
    const [a, b] = id.split('--');
    const from = feed.timetable.stopIndex.get(a);
    const to = feed.timetable.stopIndex.get(b);
    const st = feed.timetable.stops;
    const station = (s: number) => (st.parent[s] >= 0 ? st.parent[s] : s);
    const path =
      from === undefined || to === undefined
        ? null
        : linePath(feed.timetable, fl.track, station(from), station(to));
    if (!path) throw new ApiError('not_found', `Unknown line in feed ${feed.id}: ${id}`, 'line');
    return path;
  };

  router.get('/lines', (req, res) => {
    const q = parseQuery(linesQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    if (feedEtag(req, res, [feed])) return;
    res.json({ feed: feed.id, lines: linesOf(feed).lines.map((l) => present(feed, l)) });
  });

  router.get('/diagram', (req, res) => {
    const q = parseQuery(diagramQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    const other = q.compare === undefined ? null : feedFor(catalog, q.compare, 'compare');
    if (q.to <= q.from) throw new ApiError('invalid_parameter', 'Invalid to: must be after from', 'to');
    if (feedEtag(req, res, other ? [feed, other] : [feed])) return;
    const line = present(feed, resolveLine(feed, q.line));
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
      // The compare feed's day is drawn on the same clock times: shift it by whole days.
      const day = q.compareDate ?? q.date;
      const delta = localToUnix(q.date, 0, zone) - localToUnix(day, 0, zone);
      const trains = lineTrains(other.timetable, ids, day, from - delta, to - delta).map((t) => ({
        ...t,
        calls: t.calls.map((c) => ({ ...c, arrival: c.arrival + delta, departure: c.departure + delta })),
      }));
      const label = day === q.date ? other.id : `${other.id} (${day})`;
      series.push({ label, color: COLORS[1], trains });
    }
    const svg = mareySvg({
      title: `${line.name}, ${q.date} ${q.from}–${q.to}`,
      stations: line.stations,
      series,
      from,
      to,
      zone,
    });
    res.type('image/svg+xml; charset=utf-8').send(svg);
  });
  return router;
}
