/**
 * One journey of a service-day profile between two stations: the Pareto set in (departure later,
 * arrival earlier, fewer transfers) over all departures of the day. Times in Unix seconds.
 */
export interface ProfileJourney {
  departure: number;
  arrival: number;
  transfers: number;
}
