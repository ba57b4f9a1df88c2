import { type Request, Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { runsOn } from '../../timetable/runsOn.ts';
import { serviceDayTimes } from '../../timetable/ServiceDayTimes.ts';
import { dayNumber } from '../../timetable/time/dayNumber.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import { localToUnix } from '../../timetable/time/localToUnix.ts';
import { boardQuery, idParam } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';
import { presentStop } from '../present/presentStop.ts';
import { presentTripRef } from '../present/presentTripRef.ts';
import { resolveStopParam } from '../present/resolveStopParam.ts';

/** Longest board the API returns, entries. */
const MAX_ENTRIES = 500;

/**
 * GET /api/stops/:id/departures and /arrivals: the trips calling at a stop (a station includes its
 * platforms) from `time` for `duration` minutes on `date`, local to the stop. Trips of the previous
 * service day still running (times past 24:00) are included. Boarding/alighting-forbidden calls and
 * a trip's last (first) call are left off departures (arrivals).
 */
export function stopBoardRouter(catalog: FeedCatalog): Router {
  const router = Router();
  for (const kind of ['departures', 'arrivals'] as const) {
    router.get(`/stops/:id/${kind}`, (req: Request<{ id: string }>, res) => {
      const q = parseQuery(boardQuery, req.query);
      const feed = feedFor(catalog, q.feed);
      const stop = resolveStopParam(feed, parseQuery(idParam, req.params.id));
      if (feedEtag(req, res, [feed])) return;
      res.json(board(feed, stop, kind, q.date, q.time, q.duration, q.lang));
    });
  }
  return router;
}

function board(
  feed: LoadedFeed,
  stop: number,
  kind: 'departures' | 'arrivals',
  date: string,
  time: string,
  minutes: number,
  lang?: string,
) {
  const tt = feed.timetable;
  const { stops, trips } = tt;
  const zone = tt.timezones[stops.timezone[stop]];
  const [h, m] = time.split(':').map(Number);
  const from = localToUnix(date, h * 3600 + m * 60, zone);
  const to = from + minutes * 60;
  const members = [stop];
  for (let c = stops.childStart[stop]; c < stops.childStart[stop + 1]; c++) members.push(stops.childIdx[c]);
  const day = dayNumber(date);
  const days = serviceDayTimes(tt);
  const { services } = tt;
  const found: { t: number; row: number; at: number }[] = [];
  for (const s of members) {
    for (let i = feed.calls.start[s]; i < feed.calls.start[s + 1]; i++) {
      const row = feed.calls.rows[i];
      const t = feed.calls.tripOfRow[row];
      const first = row === trips.stStart[t];
      const last = row === trips.stStart[t + 1] - 1;
      if (kind === 'departures' ? last || trips.stPickup[row] === 1 : first || trips.stDropOff[row] === 1)
        continue;
      const secs = kind === 'departures' ? trips.stDeparture[row] : trips.stArrival[row];
      for (let d = day - 2; d <= day + 1; d++) {
        if (!runsOn(services, trips.service[t], d)) continue;
        const at = days.tripStart(t, d) + secs;
        if (at >= from && at < to) found.push({ t, row, at });
      }
    }
  }
  found.sort((a, b) => a.at - b.at || a.t - b.t);
  return {
    feed: feed.id,
    stop: presentStop(feed, stop, lang),
    kind,
    entries: found.slice(0, MAX_ENTRIES).map(({ t, row, at }) => {
      const end = kind === 'departures' ? trips.stStart[t + 1] - 1 : trips.stStart[t];
      const endStop = trips.stStop[end];
      const callStop = trips.stStop[row];
      return {
        type: 'boardEntry' as const,
        trip: presentTripRef(feed, t, lang),
        stop: presentStop(feed, callStop, lang),
        time: formatInstant(at, tt.timezones[stops.timezone[callStop]]),
        estimated: trips.stTimepoint[row] === 0,
        direction: presentStop(feed, endStop, lang).name,
      };
    }),
  };
}
