import { sortRows } from './byText.ts';
import type { Corridor } from './loadCorridor.ts';
import type { AgencySource, FeedSource, RouteSource, Sources } from './loadSources.ts';
import { gtfsDate } from './time.ts';
import { type Cell, toCsv } from './writeCsv.ts';

/** Zone of the stops of each country (both UTC+3 all year, no DST; tzdata). */
export const COUNTRY_ZONE: Readonly<Record<string, string>> = { RU: 'Europe/Moscow', BY: 'Europe/Minsk' };

/** A translations.txt row: table_name, field_name, language, translation, record_id, field_value. */
export type TranslationRow = [string, string, string, string, string, string];

/** agency.txt for the given agencies (sorted by id). */
export function agencyTxt(agencies: readonly AgencySource[]): string {
  const rows = agencies.map((a) => [a.id, a.nameRu, a.url, a.timezone, a.lang]);
  return toCsv(['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'], sortRows(rows));
}

/**
 * stops.txt: every station of stations.csv (border points are not stops). stop_name is the Russian name
 * (the operators' language); stop_code the ESR code; stop_country is our extension column.
 */
export function stopsTxt(corridor: Corridor): string {
  const rows: Cell[][] = [...corridor.stations.values()].map((s) => [
    s.id,
    s.esr,
    s.nameRu,
    s.lat,
    s.lon,
    0,
    COUNTRY_ZONE[s.country],
    s.country,
  ]);
  return toCsv(
    [
      'stop_id',
      'stop_code',
      'stop_name',
      'stop_lat',
      'stop_lon',
      'location_type',
      'stop_timezone',
      'stop_country',
    ],
    sortRows(rows),
  );
}

/** routes.txt: route_type 2 (rail). */
export function routesTxt(routes: readonly RouteSource[]): string {
  const rows = routes.map((r) => [r.id, r.agencyId, r.shortName, r.longNameRu, 2, r.color, r.textColor]);
  return toCsv(
    [
      'route_id',
      'agency_id',
      'route_short_name',
      'route_long_name',
      'route_type',
      'route_color',
      'route_text_color',
    ],
    sortRows(rows),
  );
}

/** calendar.txt for one feed's services. */
export function calendarTxt(sources: Sources, feed: string): string {
  const rows = sources.calendars
    .filter((c) => c.feed === feed)
    .map((c) => [c.serviceId, ...c.days.split(''), gtfsDate(c.startDate), gtfsDate(c.endDate)]);
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  return toCsv(['service_id', ...days, 'start_date', 'end_date'], sortRows(rows));
}

/** feed_info.txt (one row; the only dates are the data's own validity dates). */
export function feedInfoTxt(f: FeedSource): string {
  return toCsv(
    [
      'feed_publisher_name',
      'feed_publisher_url',
      'feed_lang',
      'feed_start_date',
      'feed_end_date',
      'feed_version',
    ],
    [[f.publisherName, f.publisherUrl, f.lang, gtfsDate(f.startDate), gtfsDate(f.endDate), f.version]],
  );
}

/** border_advisories.txt (our extension): from_country,to_country,lang,advisory,source_url. */
export function borderAdvisoriesTxt(sources: Sources): string {
  const rows = sources.advisories.map((a) => [a.fromCountry, a.toCountry, a.lang, a.advisory, a.sourceUrl]);
  return toCsv(['from_country', 'to_country', 'lang', 'advisory', 'source_url'], sortRows(rows));
}

/**
 * translations.txt rows for stops (ru, en, be where sourced), agencies and routes (by record_id) and
 * trip headsigns (by field_value: the Russian stop name).
 */
export function translationRows(
  corridor: Corridor,
  agencies: readonly AgencySource[],
  routes: readonly RouteSource[],
  headsignStops: ReadonlySet<string>,
): TranslationRow[] {
  const out: TranslationRow[] = [];
  const names = (ru: string, en: string, be: string) =>
    [
      ['ru', ru],
      ['en', en],
      ['be', be],
    ].filter(([, text]) => text !== '');
  for (const s of corridor.stations.values()) {
    for (const [lang, text] of names(s.nameRu, s.nameEn, s.nameBe))
      out.push(['stops', 'stop_name', lang, text, s.id, '']);
    if (headsignStops.has(s.id))
      for (const [lang, text] of names(s.nameRu, s.nameEn, s.nameBe))
        out.push(['trips', 'trip_headsign', lang, text, '', s.nameRu]);
  }
  for (const a of agencies)
    for (const [lang, text] of names(a.nameRu, a.nameEn, a.nameBe))
      out.push(['agency', 'agency_name', lang, text, a.id, '']);
  for (const r of routes)
    for (const [lang, text] of names(r.longNameRu, r.longNameEn, r.longNameBe))
      out.push(['routes', 'route_long_name', lang, text, r.id, '']);
  return sortRows(out);
}

/** translations.txt from its rows. */
export function translationsTxt(rows: readonly TranslationRow[]): string {
  return toCsv(['table_name', 'field_name', 'language', 'translation', 'record_id', 'field_value'], rows);
}
