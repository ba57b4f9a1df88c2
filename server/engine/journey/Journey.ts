import type { AgencyIdx, RouteIdx, StopIdx, TripIdx } from '../../timetable/Timetable.ts';

/** A place and instant: `time` in Unix seconds, `zone` the stop's own IANA zone (format with it). */
export interface LegEnd {
  stop: StopIdx;
  stopId: string;
  time: number;
  zone: string;
}

/** A stop call inside a train leg; times in Unix seconds; `estimated` when not an exact timepoint. */
export interface LegStop {
  stop: StopIdx;
  stopId: string;
  arrival: number;
  departure: number;
  zone: string;
  estimated: boolean;
}

/** A ride on one trip instance, boarding at `from`, alighting at `to`. */
export interface TrainLeg {
  type: 'train';
  trip: TripIdx;
  tripId: string;
  route: RouteIdx;
  routeId: string;
  agency: AgencyIdx;
  headsign: string;
  shortName: string;
  /** The trip's service day, 'YYYY-MM-DD'. */
  serviceDate: string;
  from: LegEnd;
  to: LegEnd;
  /** Every call from boarding to alighting, both included. */
  stops: LegStop[];
  /** [lon, lat] WGS84 degrees: the shape between the two stops, else the stops' polyline. */
  geometry: [number, number][];
  /** true when the boarding or alighting time is approximate (GTFS timepoint 0 or interpolated). */
  estimated: boolean;
  /** true when the rider stays seated from the previous leg (same block_id): not a transfer. */
  stayOn: boolean;
}

/** A change between two different stops (a transfers.txt walk or a platform change); seconds. */
export interface WalkLeg {
  type: 'walk';
  from: LegEnd;
  to: LegEnd;
  /** Seconds, the transfer's minimum time (not the wait for the next train). */
  duration: number;
}

/** Any leg of a journey. */
export type Leg = TrainLeg | WalkLeg;

/** One journey: departure/arrival in Unix seconds, duration in seconds, transfers between trains. */
export interface Journey {
  departure: number;
  arrival: number;
  duration: number;
  transfers: number;
  legs: Leg[];
}
