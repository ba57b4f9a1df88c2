import { Graph } from '@dagrejs/graphlib';
import { type RaptorData, Router } from '../engine/index.ts';
import type { TrackEdge } from '../network/buildStationGraph.ts';
import { StopSearchIndex } from '../search/StopSearchIndex.ts';
import type { LoadedFeed } from './LoadedFeed.ts';

/**
 * A LoadedFeed as plain data (typed arrays, strings, numbers, plain objects): what can be posted to
 * another thread. The class instances (engine Router, station graph, search index) are left out and
 * rebuilt from these by `assembleFeed`, which costs milliseconds, not the seconds of `prepareFeed`.
 */
export interface FeedParts {
  id: string;
  source: string;
  version: string;
  /** Unix milliseconds. */
  loadedAt: number;
  loadMillis?: number;
  timetable: LoadedFeed['timetable'];
  report: LoadedFeed['report'];
  /** The routing index without its timetable (the same object as `timetable`). */
  raptor: Omit<RaptorData, 'timetable'>;
  countries: string[];
  border: Uint8Array;
  callCount: Int32Array;
  calls: LoadedFeed['calls'];
  /** Station graph nodes (stop indexes) in insertion order. */
  graphNodes: Int32Array;
  /** Station graph edges as (v, w, trips) triples. */
  graphEdges: Int32Array;
  provenance: LoadedFeed['provenance'];
  serviceFrom: string | null;
  serviceTo: string | null;
  lines: LoadedFeed['lines'];
  /** Network GeoJSON bodies already built, by language key. */
  network: [string, unknown][];
  /** A network of several feeds: where its trips and stops came from (plain data). */
  members?: LoadedFeed['network'];
}

/** The parts of a prepared feed (shares its arrays; nothing is copied). */
export function feedParts(feed: LoadedFeed): FeedParts {
  const nodes = feed.graph.nodes();
  const edges = feed.graph.edges();
  const graphEdges = new Int32Array(edges.length * 3);
  edges.forEach((e, i) => {
    graphEdges[3 * i] = Number(e.v);
    graphEdges[3 * i + 1] = Number(e.w);
    graphEdges[3 * i + 2] = (feed.graph.edge(e) as TrackEdge).trips;
  });
  const { timetable: _, ...raptor } = feed.router.data;
  return {
    id: feed.id,
    source: feed.source,
    version: feed.version,
    loadedAt: feed.loadedAt.getTime(),
    loadMillis: feed.loadMillis,
    timetable: feed.timetable,
    report: feed.report,
    raptor,
    countries: feed.countries,
    border: feed.border,
    callCount: feed.callCount,
    calls: feed.calls,
    graphNodes: Int32Array.from(nodes, Number),
    graphEdges,
    provenance: feed.provenance,
    serviceFrom: feed.serviceFrom,
    serviceTo: feed.serviceTo,
    lines: feed.lines,
    network: [...feed.networkCache],
    members: feed.network,
  };
}

/** A LoadedFeed from its parts (in any thread): the Router, graph and search index rebuilt. */
export function assembleFeed(p: FeedParts): LoadedFeed {
  const graph = new Graph({ directed: false });
  for (const n of p.graphNodes) graph.setNode(String(n), n);
  for (let i = 0; i < p.graphEdges.length; i += 3)
    graph.setEdge(String(p.graphEdges[i]), String(p.graphEdges[i + 1]), {
      trips: p.graphEdges[i + 2],
    } satisfies TrackEdge);
  return {
    id: p.id,
    source: p.source,
    version: p.version,
    loadedAt: new Date(p.loadedAt),
    loadMillis: p.loadMillis,
    timetable: p.timetable,
    report: p.report,
    router: new Router({ ...p.raptor, timetable: p.timetable }),
    countries: p.countries,
    border: p.border,
    callCount: p.callCount,
    calls: p.calls,
    graph,
    search: new StopSearchIndex(p.timetable, p.callCount),
    provenance: p.provenance,
    serviceFrom: p.serviceFrom,
    serviceTo: p.serviceTo,
    lines: p.lines,
    networkCache: new Map(p.network),
    crossingCache: new Map(),
    ...(p.members && { network: p.members }),
  };
}
