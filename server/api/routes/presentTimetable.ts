import type { TimetableGrid } from '../../compare/grid/buildTimetableGrid.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import type { TimetableResponse } from '../contract/index.ts';

const hhmm = (unix: number | null, zone: string) =>
  unix === null ? null : formatInstant(unix, zone).slice(11, 16);

/** A TimetableGrid (Unix seconds, indexes) as the API document: ids, names, local HH:MM per cell. */
export function presentTimetable(
  feed: LoadedFeed,
  date: string,
  from: number,
  to: number,
  grid: TimetableGrid,
): TimetableResponse {
  const { stops } = feed.timetable;
  const ref = (s: number) => ({ id: stops.id[s], name: stops.name[s] });
  const zoneOf = (s: number) => feed.timetable.timezones[stops.timezone[s]] ?? 'UTC';
  return {
    type: 'timetable',
    feed: feed.id,
    date,
    from: ref(from),
    to: ref(to),
    stations: grid.stations.map(ref),
    columns: grid.columns.map((c) => ({
      type: 'timetableColumn',
      trains: c.trains,
      change: c.change === null ? null : ref(c.change),
      days: c.days,
      departure: formatInstant(c.departure, zoneOf(from)),
      arrival: formatInstant(c.arrival, zoneOf(to)),
      duration: c.arrival - c.departure,
      cells: c.cells.map((x) =>
        x === null
          ? null
          : {
              arrival: hhmm(x.arrival, x.zone),
              departure: hhmm(x.departure, x.zone),
              change: x.change,
              estimated: x.estimated,
            },
      ),
    })),
  };
}
