import { type Request, Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { type BoardKind, stationBoard } from '../../timetable/stationBoard.ts';
import type { StopIdx } from '../../timetable/Timetable.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import { localToUnix } from '../../timetable/time/localToUnix.ts';
import { type BoardQuery, boardQuery, idParam } from '../contract/index.ts';
import { feedFor } from '../feedFor.ts';
import { refOf } from '../offThread/ApiTask.ts';
import { answerOffThread, type OffThread } from '../offThread/answerOffThread.ts';
import { parseQuery } from '../parseQuery.ts';
import { presentStop } from '../present/presentStop.ts';
import { presentTripRef } from '../present/presentTripRef.ts';
import { resolveStops } from '../present/resolveStopParam.ts';

/** Longest board the API returns, entries. */
const MAX_ENTRIES = 500;

/**
 * GET /api/stops/:id/departures and /arrivals: the station board (`server/timetable/stationBoard.ts`:
 * the trips calling at a stop or a station's platforms) from `time` for `duration` minutes on `date`,
 * local to the stop. The route parses the request; a worker thread presents the calls (a busy NYC
 * station's day: 120 ms on the main thread before); the rule is the domain's.
 */
export function stopBoardRouter(catalog: FeedCatalog, off: OffThread): Router {
  const router = Router();
  for (const kind of ['departures', 'arrivals'] as const) {
    router.get(`/stops/:id/${kind}`, async (req: Request<{ id: string }>, res) => {
      const q = parseQuery(boardQuery, req.query);
      const feed = feedFor(catalog, q.feed);
      const stop = resolveStops(feed, parseQuery(idParam, req.params.id));
      await answerOffThread(req, res, off, [feed], {
        type: 'board',
        feed: refOf(feed),
        stop,
        kind,
        query: q,
      });
    });
  }
  return router;
}

/** The board as the API presents it: the request's date and window echoed, each call with its trip. */
export function board(feed: LoadedFeed, named: readonly StopIdx[], kind: BoardKind, q: BoardQuery) {
  const tt = feed.timetable;
  const { stops, trips } = tt;
  // A bare id several feeds of a network use for different places: the board of all, shown as the first.
  const stop = named[0];
  const zone = tt.timezones[stops.timezone[stop]];
  const [h, m] = q.time.split(':').map(Number);
  const from = localToUnix(q.date, h * 3600 + m * 60, zone);
  const to = from + q.duration * 60;
  const calls = stationBoard(tt, feed.calls, { stop: named, kind, from, to, limit: MAX_ENTRIES });
  return {
    feed: feed.id,
    stop: presentStop(feed, stop, q.lang),
    kind,
    date: q.date,
    time: q.time,
    duration: q.duration,
    from: formatInstant(from, zone),
    to: formatInstant(to, zone),
    entries: calls.map(({ trip: t, row, at }) => {
      const end = kind === 'departures' ? trips.stStart[t + 1] - 1 : trips.stStart[t];
      const callStop = trips.stStop[row];
      return {
        type: 'boardEntry' as const,
        trip: presentTripRef(feed, t, q.lang),
        stop: presentStop(feed, callStop, q.lang),
        time: formatInstant(at, tt.timezones[stops.timezone[callStop]]),
        estimated: trips.stTimepoint[row] === 0,
        direction: presentStop(feed, trips.stStop[end], q.lang).name,
      };
    }),
  };
}
