import { defaultStations } from '../../compare/defaultStations.ts';
import { lineOrder } from '../../compare/lineOrder.ts';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import { ApiError } from '../ApiError.ts';
import type { CompareQuery } from '../contract/index.ts';
import { feedFor } from '../feedFor.ts';
import type { ComparedFeeds } from './presentComparison.ts';

/** A validated comparison request: the two feeds, dates and the station list (GTFS ids). */
export interface CompareRequest extends ComparedFeeds {
  stations: string[];
}

/**
 * Looks up the feeds (404 naming `baseline`/`scenario`) and the stations: the named ones (404 naming
 * `stations` when neither feed has one) or, by default, the union of both feeds' termini, junctions
 * and border stations, in line order (lineOrder).
 */
export function resolveCompareRequest(catalog: FeedCatalog, q: CompareQuery): CompareRequest {
  const baseline = feedFor(catalog, q.baseline, 'baseline');
  const scenario = feedFor(catalog, q.scenario, 'scenario');
  let stations: string[];
  if (q.stations) {
    stations = q.stations;
    for (const id of stations) {
      if (!baseline.timetable.stopIndex.has(id) && !scenario.timetable.stopIndex.has(id))
        throw new ApiError('unknown_stop', `Unknown stop in both feeds: ${id}`, 'stations');
    }
  } else {
    stations = lineOrder(
      [...new Set([...defaultStations(baseline), ...defaultStations(scenario)])],
      [scenario, baseline],
    );
  }
  return { baseline, scenario, date: q.date, baselineDate: q.baselineDate ?? q.date, stations };
}
