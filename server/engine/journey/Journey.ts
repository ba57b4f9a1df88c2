import type { StopIdx, TripIdx } from '../../timetable/Timetable.ts';

/** A place and instant of a leg: a stop index and Unix seconds (format with the stop's own zone). */
export interface LegEnd {
  stop: StopIdx;
  time: number;
}

/**
 * A ride on one trip instance, boarding at stop_times row `fromRow` and alighting at `toRow` (rows of
 * `Timetable.trips.st*`; every call between is ridden). Indices, times and flags only: names, ids,
 * zones, calls and geometry are looked up by whoever presents the leg (server/api/present).
 */
export interface TrainLeg {
  type: 'train';
  trip: TripIdx;
  /** The trip's service day, 'YYYY-MM-DD': its stop times count from this day (ServiceDayTimes). */
  serviceDate: string;
  fromRow: number;
  toRow: number;
  from: LegEnd;
  to: LegEnd;
  /** The headsign shown at boarding: stop_times.stop_headsign, else the trip's trip_headsign. */
  headsign: string;
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
