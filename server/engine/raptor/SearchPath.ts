/** One ride found by a search, in search direction: pattern positions of boarding and alighting. */
export interface SearchRide {
  kind: 'ride';
  trip: number;
  /** Day index into the search's DayClock. */
  dayIndex: number;
  fromPos: number;
  toPos: number;
  /** true when this ride is the in-seat continuation (block_id) of the previous one. */
  stayOn: boolean;
}

/** A change of stop between two rides, in search direction; seconds including the transfer time. */
export interface SearchWalk {
  kind: 'walk';
  from: number;
  to: number;
  duration: number;
}

/** A journey as the kernel sees it: rides and walks in search order, from a source to a target. */
export type SearchPath = (SearchRide | SearchWalk)[];
