import type { Services, Timetable } from '../timetable/Timetable.ts';
import { dateOfDay } from '../timetable/time/dayNumber.ts';
import { csvTable } from './csvTable.ts';
import { formatTime } from './formatTime.ts';

/** YYYYMMDD of a DayNumber, as GTFS writes dates. */
const gtfsDate = (day: number) => dateOfDay(day).replace(/-/g, '');
const num = (x: number) => (Number.isFinite(x) ? String(x) : '');

/**
 * A Timetable written back as GTFS files (name -> CSV text), the inverse of `loadFeed`: what the
 * reader kept is written so that reading the files again gives the same journeys. Decisions:
 * - times as the Timetable holds them (interpolated ones with `timepoint=0`); stop_sequence 1..n;
 * - trips expanded from frequencies.txt are written as the trips they became (`T@08:00:00`);
 * - each service as a weekly pattern in calendar.txt (the weekdays it runs on more often than not,
 *   between its first and last day) and the days that differ in calendar_dates.txt;
 * - every stop with its own `stop_timezone`; translations by record_id where the key is an id of
 *   that table, by field_value otherwise; the feed extensions `stop_country`, border_advisories.txt.
 * Columns every row leaves empty are left out. Fares, attributions and other files the Timetable does
 * not hold are not written.
 */
export function writeGtfs(tt: Timetable): Record<string, string> {
  const { stops, trips, routes, agencies, shapes, transfers } = tt;
  const files: Record<string, string> = {};
  files['agency.txt'] = csvTable(
    ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'],
    agencies.map((a) => [a.id, a.name, a.url, a.timezone, a.lang ?? '']),
    ['agency_name', 'agency_url', 'agency_timezone'],
  );
  files['stops.txt'] = csvTable(
    [
      'stop_id',
      'stop_code',
      'stop_name',
      'stop_lat',
      'stop_lon',
      'location_type',
      'parent_station',
      'stop_timezone',
      'platform_code',
      'wheelchair_boarding',
      'stop_country',
    ],
    Array.from({ length: stops.count }, (_, i) => [
      stops.id[i],
      stops.code[i],
      stops.name[i],
      num(stops.lat[i]),
      num(stops.lon[i]),
      stops.locationType[i] || '',
      stops.parent[i] >= 0 ? stops.id[stops.parent[i]] : '',
      tt.timezones[stops.timezone[i]] ?? '',
      stops.platformCode?.[i] ?? '',
      stops.wheelchair?.[i] || '',
      stops.country[i],
    ]),
    ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'],
  );
  files['routes.txt'] = csvTable(
    [
      'route_id',
      'agency_id',
      'route_short_name',
      'route_long_name',
      'route_type',
      'route_color',
      'route_text_color',
    ],
    routes.map((r) => [
      r.id,
      agencies[r.agency]?.id ?? '',
      r.shortName,
      r.longName,
      r.type,
      r.color ?? '',
      r.textColor ?? '',
    ]),
    ['route_id', 'route_type'],
  );
  files['trips.txt'] = csvTable(
    [
      'route_id',
      'service_id',
      'trip_id',
      'trip_headsign',
      'trip_short_name',
      'direction_id',
      'block_id',
      'shape_id',
      'wheelchair_accessible',
    ],
    Array.from({ length: trips.count }, (_, t) => [
      routes[trips.route[t]].id,
      tt.services.id[trips.service[t]],
      trips.id[t],
      trips.headsign[t],
      trips.shortName[t],
      trips.direction[t] >= 0 ? trips.direction[t] : '',
      trips.block[t] >= 0 ? trips.blockIds[trips.block[t]] : '',
      trips.shape[t] >= 0 ? shapes.id[trips.shape[t]] : '',
      trips.wheelchair?.[t] || '',
    ]),
    ['route_id', 'service_id', 'trip_id'],
  );
  const stopTimes: (string | number)[][] = [];
  for (let t = 0; t < trips.count; t++) {
    for (let r = trips.stStart[t], seq = 1; r < trips.stStart[t + 1]; r++, seq++) {
      stopTimes.push([
        trips.id[t],
        formatTime(trips.stArrival[r]),
        formatTime(trips.stDeparture[r]),
        stops.id[trips.stStop[r]],
        seq,
        trips.stHeadsign?.[r] ?? '',
        trips.stPickup[r] || '',
        trips.stDropOff[r] || '',
        num(trips.stDist[r]),
        trips.stTimepoint[r] === 0 ? 0 : '',
      ]);
    }
  }
  files['stop_times.txt'] = csvTable(
    [
      'trip_id',
      'arrival_time',
      'departure_time',
      'stop_id',
      'stop_sequence',
      'stop_headsign',
      'pickup_type',
      'drop_off_type',
      'shape_dist_traveled',
      'timepoint',
    ],
    stopTimes,
    ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence'],
  );
  Object.assign(files, writeServices(tt.services));
  if (shapes.count > 0) {
    const rows: (string | number)[][] = [];
    for (let s = 0; s < shapes.count; s++)
      for (let p = shapes.ptStart[s], seq = 1; p < shapes.ptStart[s + 1]; p++, seq++)
        rows.push([shapes.id[s], shapes.lat[p], shapes.lon[p], seq, num(shapes.dist[p])]);
    files['shapes.txt'] = csvTable(
      ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence', 'shape_dist_traveled'],
      rows,
      ['shape_id', 'shape_pt_lat', 'shape_pt_lon', 'shape_pt_sequence'],
    );
  }
  if (transfers.count > 0 || transfers.special.length > 0) {
    const id = (ids: readonly string[], i: number) => (i >= 0 ? ids[i] : '');
    const routeIds = routes.map((r) => r.id);
    const minTime = (m: number) => (m >= 0 ? m : '');
    const rows: (string | number)[][] = [];
    for (let i = 0; i < transfers.count; i++)
      rows.push([
        stops.id[transfers.fromStop[i]],
        stops.id[transfers.toStop[i]],
        '',
        '',
        '',
        '',
        transfers.type[i],
        minTime(transfers.minTime[i]),
      ]);
    for (const s of transfers.special)
      rows.push([
        id(stops.id, s.fromStop),
        id(stops.id, s.toStop),
        id(routeIds, s.fromRoute),
        id(routeIds, s.toRoute),
        id(trips.id, s.fromTrip),
        id(trips.id, s.toTrip),
        s.type,
        minTime(s.minTime),
      ]);
    files['transfers.txt'] = csvTable(
      [
        'from_stop_id',
        'to_stop_id',
        'from_route_id',
        'to_route_id',
        'from_trip_id',
        'to_trip_id',
        'transfer_type',
        'min_transfer_time',
      ],
      rows,
      ['transfer_type'],
    );
  }
  const translations = writeTranslations(tt);
  if (translations) files['translations.txt'] = translations;
  if (tt.feedInfo) {
    const f = tt.feedInfo;
    const date = (d?: string) => (d ? d.replace(/-/g, '') : '');
    files['feed_info.txt'] = csvTable(
      [
        'feed_publisher_name',
        'feed_publisher_url',
        'feed_lang',
        'feed_start_date',
        'feed_end_date',
        'feed_version',
      ],
      [[f.publisherName, f.publisherUrl, f.lang, date(f.startDate), date(f.endDate), f.version ?? '']],
      ['feed_publisher_name', 'feed_publisher_url', 'feed_lang'],
    );
  }
  if (tt.borderAdvisories.length > 0)
    files['border_advisories.txt'] = csvTable(
      ['from_country', 'to_country', 'lang', 'advisory', 'source_url'],
      tt.borderAdvisories.map((a) => [a.fromCountry, a.toCountry, a.lang, a.text, a.source]),
    );
  return files;
}

/** calendar.txt (a weekly pattern per service) and calendar_dates.txt (the days that differ). */
function writeServices(sv: Services): Record<string, string> {
  const calendar: (string | number)[][] = [];
  const dates: (string | number)[][] = [];
  for (let s = 0; s < sv.count; s++) {
    const base = s * sv.dayCount;
    let first = -1;
    let last = -1;
    for (let d = 0; d < sv.dayCount; d++)
      if (sv.active[base + d]) {
        if (first < 0) first = d;
        last = d;
      }
    if (first < 0) {
      // Runs on no day: a calendar row without weekdays keeps its trips' reference valid.
      calendar.push([sv.id[s], 0, 0, 0, 0, 0, 0, 0, gtfsDate(sv.firstDay), gtfsDate(sv.firstDay)]);
      continue;
    }
    // Day 0 (1970-01-01) was a Thursday; GTFS weekdays run Monday (0) .. Sunday (6).
    const weekday = (d: number) => (sv.firstDay + d + 3) % 7;
    const seen = new Array(7).fill(0);
    const runs = new Array(7).fill(0);
    for (let d = first; d <= last; d++) {
      seen[weekday(d)]++;
      runs[weekday(d)] += sv.active[base + d];
    }
    const pattern = seen.map((n, w) => (runs[w] * 2 > n ? 1 : 0));
    calendar.push([sv.id[s], ...pattern, gtfsDate(sv.firstDay + first), gtfsDate(sv.firstDay + last)]);
    for (let d = first; d <= last; d++) {
      const on = sv.active[base + d];
      if (on !== pattern[weekday(d)]) dates.push([sv.id[s], gtfsDate(sv.firstDay + d), on ? 1 : 2]);
    }
  }
  const files: Record<string, string> = {
    'calendar.txt': csvTable(
      [
        'service_id',
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
        'saturday',
        'sunday',
        'start_date',
        'end_date',
      ],
      calendar,
    ),
  };
  if (dates.length > 0)
    files['calendar_dates.txt'] = csvTable(['service_id', 'date', 'exception_type'], dates);
  return files;
}

/** translations.txt: by record_id where the key is an id of its table, else by field_value. */
function writeTranslations(tt: Timetable): string | null {
  const ids: Record<string, ReadonlySet<string> | ReadonlyMap<string, unknown>> = {
    agency: new Set(tt.agencies.map((a) => a.id)),
    stops: tt.stopIndex,
    routes: tt.routeIndex,
    trips: tt.tripIndex,
  };
  const rows: string[][] = [];
  for (const [table, fields] of tt.translations)
    for (const [field, byKey] of fields)
      for (const [key, byLang] of byKey)
        for (const [lang, text] of byLang) {
          const slash = key.indexOf('/');
          const isRecord =
            ids[table]?.has(key) ||
            (table === 'stop_times' && slash > 0 && tt.tripIndex.has(key.slice(0, slash)));
          const [rec, sub] =
            isRecord && table === 'stop_times' ? [key.slice(0, slash), key.slice(slash + 1)] : [key, ''];
          rows.push(
            isRecord ? [table, field, lang, text, rec, sub, ''] : [table, field, lang, text, '', '', key],
          );
        }
  if (rows.length === 0) return null;
  return csvTable(
    ['table_name', 'field_name', 'language', 'translation', 'record_id', 'record_sub_id', 'field_value'],
    rows,
    ['table_name', 'field_name', 'language', 'translation'],
  );
}
