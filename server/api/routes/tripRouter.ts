import { type Request, Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { tripGeometry } from '../../network/tripGeometry.ts';
import { runsOn } from '../../timetable/runsOn.ts';
import { serviceDayTimes } from '../../timetable/ServiceDayTimes.ts';
import { dayNumber } from '../../timetable/time/dayNumber.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import { ApiError } from '../ApiError.ts';
import { idParam, tripQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';
import { presentCrossings } from '../present/presentCrossings.ts';
import { presentStop } from '../present/presentStop.ts';
import { presentTripRef } from '../present/presentTripRef.ts';

/**
 * GET /api/trips/:id?date=: one trip on one service date with every stop time (ISO 8601 in each stop's
 * own zone), its whole geometry and its border crossings. 404 when the trip does not run that date.
 */
export function tripRouter(catalog: FeedCatalog, locator: CountryLocator): Router {
  const router = Router();
  router.get('/trips/:id', (req: Request<{ id: string }>, res) => {
    const q = parseQuery(tripQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    const id = parseQuery(idParam, req.params.id);
    const t = feed.timetable.tripIndex.get(id);
    if (t === undefined) throw new ApiError('unknown_trip', `Unknown trip in feed ${feed.id}: ${id}`, 'id');
    const tt = feed.timetable;
    const { trips, services, stops } = tt;
    const day = dayNumber(q.date);
    if (!runsOn(services, trips.service[t], day)) {
      throw new ApiError('not_found', `Trip ${id} does not run on ${q.date}`, 'date');
    }
    if (feedEtag(req, res, [feed])) return;
    const noon = serviceDayTimes(tt).tripStart(t, day);
    const stopList: number[] = [];
    let estimated = false;
    const stopovers = [];
    for (let r = trips.stStart[t]; r < trips.stStart[t + 1]; r++) {
      const s = trips.stStop[r];
      const zone = tt.timezones[stops.timezone[s]];
      stopList.push(s);
      estimated ||= trips.stTimepoint[r] === 0;
      stopovers.push({
        type: 'stopover' as const,
        stop: presentStop(feed, s, q.lang),
        arrival: r === trips.stStart[t] ? null : formatInstant(noon + trips.stArrival[r], zone),
        departure: r === trips.stStart[t + 1] - 1 ? null : formatInstant(noon + trips.stDeparture[r], zone),
        estimated: trips.stTimepoint[r] === 0,
      });
    }
    const geometry = tripGeometry(tt, t);
    res.json({
      feed: feed.id,
      date: q.date,
      trip: presentTripRef(feed, t, q.lang),
      estimated,
      stops: stopovers,
      geometry: { type: 'LineString', coordinates: geometry },
      borderCrossings: presentCrossings(feed, stopList, geometry, locator, q.lang, `${t}`),
    });
  });
  return router;
}
