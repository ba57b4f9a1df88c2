/**
 * The engine's own in-memory timetable: what `server/gtfs/` builds from a feed and what every
 * routing query reads. Integer ids are dense indexes into the arrays below; times are integer
 * seconds. Nothing here knows about CSV, files or HTTP.
 *
 * Time model (as GTFS defines it): a stop time is "seconds after noon minus 12 h" of the trip's
 * *service day*, in the time zone of the trip's agency (route -> agency -> `Agency.timezone`). It may
 * exceed 86 400 (a trip running past midnight belongs to the previous service day). `stop_timezone`
 * only changes how a time is *shown* at that stop, never the arithmetic. GTFS asks all agencies of a
 * feed to share one zone; where they do not (the corridor feeds: Europe/Moscow and Europe/Minsk), each
 * trip is counted in its own agency's zone.
 *
 * Estimated times: GTFS `timepoint` = 0 means "approximate". Times the feed gives with timepoint 0,
 * and times interpolated for empty non-timepoints, have `stTimepoint` = 0; the UI marks them.
 */

/** Dense index of a stop (platform, station, entrance...) in `Timetable.stops`. */
export type StopIdx = number & { readonly __brand: 'StopIdx' };
/** Dense index of a trip in `Timetable.trips`. */
export type TripIdx = number & { readonly __brand: 'TripIdx' };
/** Dense index of a route (GTFS routes.txt) in `Timetable.routes`. */
export type RouteIdx = number & { readonly __brand: 'RouteIdx' };
/** Dense index of a service (calendar service_id) in `Timetable.services`. */
export type ServiceIdx = number & { readonly __brand: 'ServiceIdx' };
/** Dense index of an agency in `Timetable.agencies`. */
export type AgencyIdx = number & { readonly __brand: 'AgencyIdx' };
/** Seconds since "noon minus 12 h" of a service day (GTFS time); may exceed 86 400. */
export type Seconds = number & { readonly __brand: 'Seconds' };
/** Days since 1970-01-01 of a calendar date (no time zone: it names a service day). */
export type DayNumber = number & { readonly __brand: 'DayNumber' };

/** GTFS location_type: 0 stop/platform, 1 station, 2 entrance, 3 generic node, 4 boarding area. */
export type LocationType = 0 | 1 | 2 | 3 | 4;

/** One agency (agency.txt). `timezone` is an IANA zone name, validated. */
export interface Agency {
  id: string;
  name: string;
  url: string;
  timezone: string;
  lang?: string;
}

/** Route (routes.txt). `type` is the GTFS route_type (2 = rail; extended types allowed). */
export interface Route {
  id: string;
  agency: AgencyIdx;
  shortName: string;
  longName: string;
  type: number;
  color?: string;
  textColor?: string;
}

/**
 * Stops in struct-of-arrays form. `parent[i]` is the parent station's index or -1.
 * `timezone[i]` indexes `Timetable.timezones`: the stop's own zone (stop_timezone, else inherited
 * from its parent station, else the feed's first agency's zone).
 */
export interface Stops {
  count: number;
  id: string[];
  name: string[];
  code: string[];
  /** WGS84 degrees; NaN when the feed gives none (allowed for entrances/nodes only). */
  lat: Float64Array;
  lon: Float64Array;
  locationType: Uint8Array;
  parent: Int32Array;
  timezone: Uint16Array;
  /** Children of each station as CSR: children of i are childIdx[childStart[i] .. childStart[i+1]). */
  childStart: Int32Array;
  childIdx: Int32Array;
  /**
   * Country (ISO 3166-1 alpha-2) from the feed extension column `stops.txt:stop_country`; '' when the
   * feed gives none (server/network derives it from the coordinates then).
   */
  country: string[];
  /** GTFS platform_code ('' when none); absent when the reader did not read it. */
  platformCode?: string[];
  /** GTFS wheelchair_boarding: 0 no information, 1 possible, 2 not possible; absent when not read. */
  wheelchair?: Uint8Array;
}

/**
 * Trips with their stop times as CSR: trip t's stop times are rows stStart[t] .. stStart[t+1]) of the
 * `st*` arrays, ordered by stop_sequence. Arrival/departure are always filled (interpolated where the
 * feed left a non-timepoint empty; `stTimepoint` = 0 marks those).
 */
export interface Trips {
  count: number;
  id: string[];
  route: Int32Array;
  service: Int32Array;
  headsign: string[];
  shortName: string[];
  /** block_id as an index into `blockIds`, -1 when none. Consecutive trips of a block are a through train. */
  block: Int32Array;
  blockIds: string[];
  /** Index into `Timetable.shapes`, -1 when none. */
  shape: Int32Array;
  direction: Int8Array;
  stStart: Int32Array;
  stStop: Int32Array;
  stArrival: Int32Array;
  stDeparture: Int32Array;
  /** GTFS pickup_type / drop_off_type: 0 regular, 1 none, 2 phone agency, 3 coordinate with driver. */
  stPickup: Uint8Array;
  stDropOff: Uint8Array;
  /** 1 when the feed gave the time as exact; 0 when approximate (timepoint=0) or interpolated. */
  stTimepoint: Uint8Array;
  /** shape_dist_traveled, NaN when absent. Units are the feed's own. */
  stDist: Float64Array;
  stHeadsign: string[] | null;
  /** For trips expanded from frequencies.txt: the original trip_id; otherwise ''. */
  frequencyOf: string[];
  /** GTFS wheelchair_accessible: 0 no information, 1 accessible, 2 not; absent when not read. */
  wheelchair?: Uint8Array;
}

/**
 * Service calendars flattened to one bit per (service, day): service s runs on day d (a DayNumber)
 * iff d in [firstDay, firstDay + dayCount) and active[s * dayCount + (d - firstDay)] === 1.
 */
export interface Services {
  count: number;
  id: string[];
  firstDay: DayNumber;
  dayCount: number;
  active: Uint8Array;
}

/**
 * transfers.txt, stop-to-stop rows only (route/trip-specific rows are kept in `special`).
 * type: 0 recommended, 1 timed (0 min), 2 minimum time `minTime` seconds, 3 not possible,
 * 4/5 in-seat (GTFS extensions; treated like staying on board).
 */
export interface Transfers {
  count: number;
  fromStop: Int32Array;
  toStop: Int32Array;
  type: Uint8Array;
  /** Seconds; -1 when not given. */
  minTime: Int32Array;
  /** Rows naming routes or trips, kept for the engine's trip-to-trip rules. */
  special: SpecialTransfer[];
}

/** A transfers.txt row restricted to routes or trips (indexes, -1 when not restricted). */
export interface SpecialTransfer {
  fromStop: number;
  toStop: number;
  fromRoute: number;
  toRoute: number;
  fromTrip: number;
  toTrip: number;
  type: number;
  minTime: number;
}

/** shapes.txt as CSR: shape s is points ptStart[s] .. ptStart[s+1]), in shape_pt_sequence order. */
export interface Shapes {
  count: number;
  id: string[];
  ptStart: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  /** shape_dist_traveled, NaN when absent. */
  dist: Float64Array;
}

/** translations.txt: table -> field -> record id (or field value) -> language -> text. */
export type Translations = Map<string, Map<string, Map<string, Map<string, string>>>>;

/** feed_info.txt, when present. Dates as YYYY-MM-DD. */
export interface FeedInfo {
  publisherName: string;
  publisherUrl: string;
  lang: string;
  startDate?: string;
  endDate?: string;
  version?: string;
}

/**
 * A rider advisory for crossing from one country to another (feed extension file
 * `border_advisories.txt`: from_country,to_country,lang,advisory,source_url). Stored with the feed so
 * that the text and its source change with the data, not the code.
 */
export interface BorderAdvisory {
  fromCountry: string;
  toCountry: string;
  lang: string;
  text: string;
  source: string;
}

/** The whole routable timetable of one feed. Built once, then read-only. */
export interface Timetable {
  agencies: Agency[];
  routes: Route[];
  stops: Stops;
  trips: Trips;
  services: Services;
  transfers: Transfers;
  shapes: Shapes;
  translations: Translations;
  feedInfo: FeedInfo | null;
  /** IANA zone names referenced by `stops.timezone`. */
  timezones: string[];
  /** Feed extension `border_advisories.txt`: rider advisories shown at border crossings. */
  borderAdvisories: BorderAdvisory[];
  /** Lookup from GTFS ids to indexes. */
  stopIndex: Map<string, StopIdx>;
  tripIndex: Map<string, TripIdx>;
  routeIndex: Map<string, RouteIdx>;
}
