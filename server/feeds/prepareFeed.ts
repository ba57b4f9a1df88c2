import { type RaptorData, Router } from '../engine/index.ts';
import type { ValidationReport } from '../gtfs/ValidationReport.ts';
import { borderStops } from '../network/borderStops.ts';
import { buildStationGraph } from '../network/buildStationGraph.ts';
import type { CountryLocator } from '../network/countryLocator.ts';
import { findLines } from '../network/findLines.ts';
import { locateStopCountries } from '../network/stopCountries.ts';
import { StopSearchIndex } from '../search/StopSearchIndex.ts';
import { buildStopCallIndex } from '../timetable/stopCallIndex.ts';
import type { Timetable } from '../timetable/Timetable.ts';
import { callsPerStop } from './callsPerStop.ts';
import { countryWarnings } from './countryWarnings.ts';
import type { LoadedFeed } from './LoadedFeed.ts';
import { provenanceSummary } from './provenanceSummary.ts';
import { serviceRange } from './serviceRange.ts';

/**
 * Derives everything a served feed needs from a loaded timetable, once: routing index, countries,
 * border stations, station graph and lines, search index, board index, summaries. Pure apart from the clock.
 * `raptor`: the routing index when it is already built (from the timetable cache).
 */
export function prepareFeed(
  id: string,
  source: string,
  version: string,
  timetable: Timetable,
  report: ValidationReport,
  locator: CountryLocator,
  raptor?: RaptorData,
): LoadedFeed {
  // Stops whose country was inferred (off the coastline, or across a border their line does not
  // cross) are the feed's warnings, beside the loader's.
  const { countries, notes } = locateStopCountries(timetable, locator);
  const inferred = countryWarnings(timetable, notes);
  const served = inferred.length ? { ...report, warnings: [...report.warnings, ...inferred] } : report;
  const callCount = callsPerStop(timetable);
  const range = serviceRange(timetable);
  const graph = buildStationGraph(timetable);
  return {
    id,
    source,
    version,
    loadedAt: new Date(),
    timetable,
    report: served,
    router: new Router(raptor ?? timetable),
    countries,
    border: borderStops(timetable, countries),
    callCount,
    calls: buildStopCallIndex(timetable),
    graph,
    search: new StopSearchIndex(timetable, callCount),
    provenance: provenanceSummary(timetable),
    serviceFrom: range.from,
    serviceTo: range.to,
    lines: findLines(timetable, graph),
    networkCache: new Map(),
    crossingCache: new Map(),
  };
}
