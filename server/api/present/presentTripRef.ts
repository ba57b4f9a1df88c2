import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { tripFeed } from '../../feeds/tripFeed.ts';
import { translate } from '../../timetable/translate.ts';
import type { TripRef } from '../contract/index.ts';

/**
 * A trip's identity as the API shows it: number, route, agency, the feed that publishes it (a member
 * feed in a network) and headsign, names in `lang`.
 */
export function presentTripRef(feed: LoadedFeed, trip: number, lang: string | undefined): TripRef {
  const tt = feed.timetable;
  const { trips } = tt;
  const route = tt.routes[trips.route[trip]];
  const agency = tt.agencies[route.agency];
  const routeName = translate(
    tt,
    'routes',
    route.shortName ? 'route_short_name' : 'route_long_name',
    route.id,
    route.shortName || route.longName,
    lang,
  );
  return {
    id: trips.id[trip],
    name: trips.shortName[trip] || route.shortName || routeName,
    route: {
      id: route.id,
      name: routeName,
      shortName: translate(tt, 'routes', 'route_short_name', route.id, route.shortName, lang),
      longName: translate(tt, 'routes', 'route_long_name', route.id, route.longName, lang),
      color: route.color ? `#${route.color}` : null,
    },
    agency: {
      id: agency.id,
      name: translate(tt, 'agency', 'agency_name', agency.id, agency.name, lang),
      url: agency.url,
    },
    headsign: translate(tt, 'trips', 'trip_headsign', trips.id[trip], trips.headsign[trip], lang),
    feed: tripFeed(feed, trip),
  };
}
