import { join } from 'node:path';
import { type CsvRecord, readCsv, required } from './readCsv.ts';
import { parseTime, type Seconds } from './time.ts';

/** agencies.csv: one operator, with its own time zone. */
export interface AgencySource {
  id: string;
  nameRu: string;
  nameEn: string;
  nameBe: string;
  url: string;
  timezone: string;
  lang: string;
  source: string;
}

/** feeds.csv: one output feed with its validity and feed_info fields (dates ISO YYYY-MM-DD). */
export interface FeedSource {
  feed: string;
  startDate: string;
  endDate: string;
  version: string;
  publisherName: string;
  publisherUrl: string;
  lang: string;
  description: string;
}

/** calendars.csv: a weekly service pattern; `days` is seven 0/1 flags, Monday first. */
export interface CalendarSource {
  feed: string;
  serviceId: string;
  days: string;
  startDate: string;
  endDate: string;
  description: string;
  source: string;
}

/** routes.csv: one GTFS route with its names in Russian, English and (where sourced) Belarusian. */
export interface RouteSource {
  feed: string;
  id: string;
  agencyId: string;
  shortName: string;
  longNameRu: string;
  longNameEn: string;
  longNameBe: string;
  color: string;
  textColor: string;
}

/**
 * One time of a train at a stop as written in services.csv (`<stop> arr|dep HH:MM published|estimated`).
 * `published` means a source prints this time for this service period; anything else is an estimate.
 */
export interface Anchor {
  stopId: string;
  kind: 'arr' | 'dep';
  time: Seconds;
  published: boolean;
}

/** services.csv: one train (GTFS trip) with its anchors, stopping pattern, source and notes. */
export interface ServiceSource {
  feed: string;
  tripId: string;
  /** Published train number, '' when no source gives one. */
  trainNumber: string;
  agencyId: string;
  routeId: string;
  line: string;
  from: string;
  to: string;
  serviceId: string;
  /** 'all' = every stop of the line between `from` and `to`; otherwise the listed stop ids. */
  stops: 'all' | string[];
  rollingStock: string;
  anchors: Anchor[];
  source: string;
  note: string;
}

/** estimate_params.csv: the knobs of the run-time estimate, each with its reason. */
export interface EstimateParams {
  referenceTrain: string;
  dwellSeconds: Seconds;
  /** Multiplier on the reference speed per `rolling_stock` value of services.csv. */
  speedFactor: Map<string, number>;
  notes: Map<string, string>;
}

/** advisories.csv: one border advisory text (feed extension border_advisories.txt). */
export interface AdvisorySource {
  fromCountry: string;
  toCountry: string;
  lang: string;
  advisory: string;
  sourceUrl: string;
  sources: string;
}

/** feed_notes.csv: a feed-level fact or assumption shown in PROVENANCE.md (e.g. why a field is empty). */
export interface FeedNote {
  feed: string;
  topic: string;
  note: string;
}

/** Everything in data/sources/, parsed and checked for shape (not yet for cross-references). */
export interface Sources {
  agencies: AgencySource[];
  feeds: FeedSource[];
  calendars: CalendarSource[];
  routes: RouteSource[];
  services: ServiceSource[];
  params: EstimateParams;
  advisories: AdvisorySource[];
  notes: FeedNote[];
}

/** Parses one anchor, e.g. "smolensk dep 08:25 published". */
export function parseAnchor(text: string): Anchor {
  const m = /^([a-z0-9_]+) (arr|dep) (\d{1,2}:\d{2}(?::\d{2})?) (published|estimated)$/.exec(text.trim());
  if (!m) throw new Error(`bad time entry "${text}" (want "<stop> arr|dep HH:MM published|estimated")`);
  return {
    stopId: m[1],
    kind: m[2] as 'arr' | 'dep',
    time: parseTime(m[3]),
    published: m[4] === 'published',
  };
}

function rows(dir: string, file: string): Array<[CsvRecord, string]> {
  return readCsv(join(dir, file)).map((r, i) => [r, `${file} row ${i + 2}`]);
}

/** Reads and parses every table in the sources folder (data/sources). Throws on the first bad row. */
export function loadSources(dir: string): Sources {
  const agencies = rows(dir, 'agencies.csv').map(([r, w]) => ({
    id: required(r, 'agency_id', w),
    nameRu: required(r, 'name_ru', w),
    nameEn: required(r, 'name_en', w),
    nameBe: r.name_be ?? '',
    url: required(r, 'url', w),
    timezone: required(r, 'timezone', w),
    lang: required(r, 'lang', w),
    source: required(r, 'source', w),
  }));
  const feeds = rows(dir, 'feeds.csv').map(([r, w]) => ({
    feed: required(r, 'feed', w),
    startDate: required(r, 'start_date', w),
    endDate: required(r, 'end_date', w),
    version: required(r, 'version', w),
    publisherName: required(r, 'publisher_name', w),
    publisherUrl: required(r, 'publisher_url', w),
    lang: required(r, 'lang', w),
    description: required(r, 'description', w),
  }));
  const calendars = rows(dir, 'calendars.csv').map(([r, w]) => {
    const days = required(r, 'days', w);
    if (!/^[01]{7}$/.test(days)) throw new Error(`${w}: days must be seven 0/1 flags, Monday first`);
    return {
      feed: required(r, 'feed', w),
      serviceId: required(r, 'service_id', w),
      days,
      startDate: required(r, 'start_date', w),
      endDate: required(r, 'end_date', w),
      description: required(r, 'description', w),
      source: required(r, 'source', w),
    };
  });
  const routes = rows(dir, 'routes.csv').map(([r, w]) => ({
    feed: required(r, 'feed', w),
    id: required(r, 'route_id', w),
    agencyId: required(r, 'agency_id', w),
    shortName: r.short_name ?? '',
    longNameRu: required(r, 'long_name_ru', w),
    longNameEn: required(r, 'long_name_en', w),
    longNameBe: r.long_name_be ?? '',
    color: r.color ?? '',
    textColor: r.text_color ?? '',
  }));
  const services = rows(dir, 'services.csv').map(([r, w]): ServiceSource => {
    const stops = required(r, 'stops', w);
    let anchors: Anchor[];
    try {
      anchors = required(r, 'times', w).split(';').map(parseAnchor);
    } catch (err) {
      throw new Error(`${w}: ${(err as Error).message}`);
    }
    return {
      feed: required(r, 'feed', w),
      tripId: required(r, 'trip_id', w),
      trainNumber: r.train_number ?? '',
      agencyId: required(r, 'agency_id', w),
      routeId: required(r, 'route_id', w),
      line: required(r, 'line', w),
      from: required(r, 'from', w),
      to: required(r, 'to', w),
      serviceId: required(r, 'service_id', w),
      stops: stops === 'all' ? 'all' : stops.split(';').map((s) => s.trim()),
      rollingStock: required(r, 'rolling_stock', w),
      anchors,
      source: required(r, 'source', w),
      note: r.note ?? '',
    };
  });
  const kv = new Map<string, { value: string; note: string }>();
  for (const [r, w] of rows(dir, 'estimate_params.csv'))
    kv.set(required(r, 'key', w), { value: required(r, 'value', w), note: r.note ?? '' });
  const get = (key: string) => {
    const v = kv.get(key);
    if (!v) throw new Error(`estimate_params.csv: missing ${key}`);
    return v.value;
  };
  const speedFactor = new Map<string, number>();
  for (const [key, { value }] of kv) {
    if (!key.startsWith('speed_factor_')) continue;
    const f = Number(value);
    if (!(f > 0)) throw new Error(`estimate_params.csv: ${key} must be a positive number`);
    speedFactor.set(key.slice('speed_factor_'.length), f);
  }
  const params: EstimateParams = {
    referenceTrain: get('reference_train'),
    dwellSeconds: Math.round(Number(get('dwell_min')) * 60),
    speedFactor,
    notes: new Map([...kv].map(([k, v]) => [k, v.note])),
  };
  const advisories = rows(dir, 'advisories.csv').map(([r, w]) => ({
    fromCountry: required(r, 'from_country', w),
    toCountry: required(r, 'to_country', w),
    lang: required(r, 'lang', w),
    advisory: required(r, 'advisory', w),
    sourceUrl: required(r, 'source_url', w),
    sources: required(r, 'sources', w),
  }));
  const notes = rows(dir, 'feed_notes.csv').map(([r, w]) => ({
    feed: required(r, 'feed', w),
    topic: required(r, 'topic', w),
    note: required(r, 'note', w),
  }));
  return { agencies, feeds, calendars, routes, services, params, advisories, notes };
}
