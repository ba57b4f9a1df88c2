import { createHash } from 'node:crypto';
import type { ValidationIssue, ValidationReport } from '../gtfs/ValidationReport.ts';
import type { CountryLocator } from '../network/countryLocator.ts';
import type { StopLink } from '../timetable/merge/mergeStops.ts';
import { mergeTimetables } from '../timetable/merge/mergeTimetables.ts';
import type { LoadedFeed } from './LoadedFeed.ts';
import { prepareFeed } from './prepareFeed.ts';

/**
 * The content hash of a network: its id, its members' ids and versions, and the links that apply.
 * Equal hashes mean an equal merged timetable (ETags and the catalog's cache use it).
 */
export function networkVersion(
  id: string,
  members: readonly LoadedFeed[],
  links: readonly StopLink[],
): string {
  const h = createHash('sha256').update(id);
  for (const m of members) h.update(`\u0000${m.id}\u0000${m.version}`);
  for (const l of links) h.update(`\u0001${l.a.feed}\u0000${l.a.stop}\u0000${l.b.feed}\u0000${l.b.stop}`);
  return h.digest('hex').slice(0, 32);
}

/**
 * Several served feeds as one served feed (`LoadedFeed` with `network` set): their timetables merged
 * by `mergeTimetables` (stops of one place one station, changing there takes the station's change
 * time; ids qualified `feed:id` where they collide) and prepared like any feed, so every endpoint
 * routes, searches and boards over the union. `links`: the operator's links file rows (those naming
 * other feeds are ignored). The report lists the members' errors and warnings (each prefixed with
 * its feed in `file`) and a warning per link naming a stop no member has. CPU-bound and synchronous:
 * build once per member versions (`FeedCatalog` caches it), never per request.
 */
export function buildNetwork(
  id: string,
  members: readonly LoadedFeed[],
  links: readonly StopLink[],
  locator: CountryLocator,
): LoadedFeed {
  const started = performance.now();
  const ids = new Set(members.map((m) => m.id));
  const own = links.filter((l) => ids.has(l.a.feed) && ids.has(l.b.feed));
  const merged = mergeTimetables(
    members.map((m) => ({ id: m.id, timetable: m.timetable })),
    own,
  );
  // Countries are located again on the merged stops (prepareFeed): members' notes would repeat them.
  const prefixed = (m: LoadedFeed, list: ValidationIssue[]) =>
    list
      .filter((issue) => !issue.code.startsWith('StopCountry'))
      .map((issue) => ({ ...issue, file: `${m.id}/${issue.file}` }));
  const report: ValidationReport = {
    ok: members.every((m) => m.report.ok),
    errors: members.flatMap((m) => prefixed(m, m.report.errors)),
    warnings: [
      ...members.flatMap((m) => prefixed(m, m.report.warnings)),
      ...merged.unknownLinks.map(
        (l): ValidationIssue => ({
          severity: 'warning',
          code: 'UnknownStopLinkWarning',
          file: 'links',
          line: 0,
          field: '',
          message: `link ${l.a.feed}:${l.a.stop} = ${l.b.feed}:${l.b.stop} names a stop neither feed has`,
        }),
      ),
    ],
    dropped: members.flatMap((m) => m.report.dropped.map((d) => ({ ...d, file: `${m.id}/${d.file}` }))),
    refused: null,
  };
  const feed = prepareFeed(
    id,
    members.map((m) => m.source).join(' + '),
    networkVersion(id, members, own),
    merged.timetable,
    report,
    locator,
  );
  feed.network = {
    feeds: merged.feeds,
    versions: members.map((m) => m.version),
    tripStart: merged.tripStart,
    memberStops: members.map((m) => m.timetable.stopIndex),
    stopMaps: merged.stopMaps,
    aliases: merged.aliases,
    stations: merged.stations,
    unknownLinks: merged.unknownLinks,
  };
  feed.loadMillis = performance.now() - started;
  return feed;
}
