import type { TrainLeg } from '../../server/api/contract/index.ts';

/**
 * The train number of a leg (GTFS trip_short_name), or '' when the feed gives none: the API's
 * `trip.name` falls back to the route's name, which is not a number.
 */
export function trainNumber(leg: Pick<TrainLeg, 'trip'>): string {
  const { name, route } = leg.trip;
  if (!name || name === route.name || name === route.longName) return '';
  return name;
}

/** The route's own name for a leg: short name, else long name, else the API's route name. */
export function routeName(leg: Pick<TrainLeg, 'trip'>): string {
  const r = leg.trip.route;
  return r.shortName || r.longName || r.name;
}
