import type { TimetableGrid } from '../../compare/grid/buildTimetableGrid.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { localDaysNote } from '../../timetable/operatingDays.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import { translate } from '../../timetable/translate.ts';
import type { TimetableResponse } from '../contract/index.ts';

const hhmm = (unix: number | null, zone: string) =>
  unix === null ? null : formatInstant(unix, zone).slice(11, 16);

/** Whole days from `date` (YYYY-MM-DD) to the local date of `unix` in `zone`. */
function daysAfter(date: string, unix: number, zone: string): number {
  const local = formatInstant(unix, zone).slice(0, 10);
  return Math.round((Date.parse(`${local}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

/**
 * A TimetableGrid (Unix seconds, indexes) as the API document: ids, names (in `lang` where the feed
 * translates them), operating days in `lang`, local HH:MM per cell with its day after `date`.
 */
export function presentTimetable(
  feed: LoadedFeed,
  date: string,
  from: number,
  to: number,
  grid: TimetableGrid,
  lang?: string,
): TimetableResponse {
  const tt = feed.timetable;
  const { stops } = tt;
  const ref = (s: number) => ({
    id: stops.id[s],
    name: translate(tt, 'stops', 'stop_name', stops.id[s], stops.name[s], lang),
  });
  const zoneOf = (s: number) => tt.timezones[stops.timezone[s]] ?? 'UTC';
  return {
    type: 'timetable',
    feed: feed.id,
    date,
    from: ref(from),
    to: ref(to),
    stations: grid.stations.map(ref),
    columns: grid.columns.map((c) => ({
      type: 'timetableColumn',
      trains: c.trains.map((x) => ({
        tripId: x.tripId,
        name: x.name,
        route: translate(tt, 'routes', 'route_long_name', x.routeId, x.route, lang),
        headsign: translate(tt, 'trips', 'trip_headsign', x.tripId, x.headsign, lang),
        days: localDaysNote(x.days, lang),
      })),
      change: c.change === null ? null : ref(c.change),
      days: localDaysNote(c.days, lang),
      departure: formatInstant(c.departure, zoneOf(from)),
      arrival: formatInstant(c.arrival, zoneOf(to)),
      duration: c.arrival - c.departure,
      cells: c.cells.map((x) => {
        if (x === null) return null;
        const shown = x.departure ?? x.arrival;
        return {
          arrival: hhmm(x.arrival, x.zone),
          departure: hhmm(x.departure, x.zone),
          change: x.change,
          estimated: x.estimated,
          day: shown === null ? 0 : daysAfter(date, shown, x.zone),
        };
      }),
    })),
  };
}
