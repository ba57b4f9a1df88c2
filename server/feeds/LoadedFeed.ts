import type { Graph } from '@dagrejs/graphlib';
import type { Router } from '../engine/index.ts';
import type { ValidationReport } from '../gtfs/ValidationReport.ts';
import type { RunCrossing } from '../network/crossingsOfRun.ts';
import type { Line } from '../network/findLines.ts';
import type { StopSearchIndex } from '../search/StopSearchIndex.ts';
import type { CrossFeedStation, StopLink } from '../timetable/merge/mergeStops.ts';
import type { StopCallIndex } from '../timetable/stopCallIndex.ts';
import type { StopIdx, Timetable } from '../timetable/Timetable.ts';
import type { ProvenanceSummary } from './provenanceSummary.ts';

/**
 * One feed ready to serve: the timetable and everything derived from it once at load time. Immutable
 * after construction but for its memo maps (`networkCache`, `crossingCache`); a reload builds a new one
 * beside it and swaps the catalog's reference, so a request that started on this one finishes on it.
 */
export interface LoadedFeed {
  /** The feed's id: its file or folder name without `.zip`. */
  id: string;
  /** Where it was read from (path). */
  source: string;
  /** Content hash of the feed (hex); used for ETags. */
  version: string;
  loadedAt: Date;
  /** Milliseconds spent reading, validating and preparing it (set by loadServedFeed). */
  loadMillis?: number;
  timetable: Timetable;
  report: ValidationReport;
  /** The engine over `timetable` (one query at a time: requests run synchronously on this thread). */
  router: Router;
  /** Country of every stop (ISO alpha-2, '' unknown). */
  countries: string[];
  /** 1 for border stops and stations. */
  border: Uint8Array;
  /** Trips calling at each stop (stations include their platforms). */
  callCount: Int32Array;
  /** Stop-time rows by stop, for station boards. */
  calls: StopCallIndex;
  graph: Graph;
  search: StopSearchIndex;
  provenance: ProvenanceSummary;
  serviceFrom: string | null;
  serviceTo: string | null;
  /** The feed's lines (network/findLines), found at load: GET /api/lines and diagrams read them. */
  lines: Line[];
  /**
   * Network GeoJSON bodies per language: the default one built with the feed when it is loaded off
   * the main thread (server/api/offThread), others on first request.
   */
  networkCache: Map<string, unknown>;
  /**
   * Border crossings of train runs by the caller's key (a trip and the part of it ridden), found on
   * first request: the polygon intersection was a tenth of the server's CPU. Bounded by
   * `presentCrossings`.
   */
  crossingCache: Map<string, RunCrossing[]>;
  /** Set when this is a network: several feeds merged into one timetable (`buildNetwork`). */
  network?: NetworkMembers;
}

/** Where the parts of a network's timetable came from (`mergeTimetables`), for ids and leg names. */
export interface NetworkMembers {
  /** Member feed ids, in merge order. */
  feeds: string[];
  /** Member feed versions, like `feeds`. */
  versions: string[];
  /** Trips of member k are [tripStart[k], tripStart[k + 1]). */
  tripStart: Int32Array;
  /** Per member: its stop_id -> its StopIdx (the member's own index, for `feed:stop_id`). */
  memberStops: ReadonlyMap<string, StopIdx>[];
  /** Per member: its StopIdx -> the network's StopIdx. */
  stopMaps: Int32Array[];
  /** Bare ids standing for several of the network's stops (one id in several feeds at different places). */
  aliases: ReadonlyMap<string, StopIdx[]>;
  /** Stations formed from stops of several feeds, and why. */
  stations: CrossFeedStation[];
  /** Links file rows naming a stop no member has. */
  unknownLinks: StopLink[];
}
