import type { LoadedFeed } from './LoadedFeed.ts';
import type { RefusedFeed } from './RefusedFeed.ts';

/** How the catalog serves several feeds as one network (`feed=a,b`, or a configured name). */
export interface NetworkSetup {
  /** Configured networks (CORRIDOR_NETWORKS): name -> member feed ids, built whenever their members load. */
  named?: ReadonlyMap<string, readonly string[]>;
  /** Builds a network of served feeds (`buildNetwork` with the links file and the country locator). */
  build: (id: string, members: readonly LoadedFeed[]) => LoadedFeed;
  /** Combinations named in requests (`feed=a,b`) kept built, the least recently used dropped first. */
  maxAdHoc?: number;
  /** Told when a built network is no longer kept (so that worker threads can let it go too). */
  dropped?: (id: string) => void;
}

/** Options of a `FeedCatalog` beside its feeds. */
export interface CatalogOptions {
  /** The id used when a request names none (a feed or a configured network). */
  defaultId?: string;
  /** Configured feeds the loader refused (listed, never served). */
  refused?: readonly RefusedFeed[];
  networks?: NetworkSetup;
}

/** A built network and the member versions it was built from. */
interface BuiltNetwork {
  key: string;
  feed: LoadedFeed;
}

/** Combinations of `feed=a,b` kept built unless the setup says otherwise. */
const DEFAULT_MAX_AD_HOC = 4;

/**
 * The feeds being served, by id, and the networks made of them. Reloads replace entries by swapping
 * the map reference; a request takes its feed once, at its start, and finishes on it even if a reload
 * lands meanwhile. Networks are built when their members load (configured ones at once, a combination
 * a request names on its first request) and kept until a member's version changes.
 */
export class FeedCatalog {
  private feeds: ReadonlyMap<string, LoadedFeed>;
  private refusedFeeds: ReadonlyMap<string, RefusedFeed>;
  private defaultId?: string;
  private readonly networks?: NetworkSetup;
  private named = new Map<string, BuiltNetwork>();
  private adHoc = new Map<string, BuiltNetwork>();

  constructor(feeds: readonly LoadedFeed[], options: CatalogOptions | string = {}) {
    const o = typeof options === 'string' ? { defaultId: options } : options;
    this.feeds = new Map(feeds.map((f) => [f.id, f]));
    this.refusedFeeds = new Map((o.refused ?? []).filter((r) => !this.feeds.has(r.id)).map((r) => [r.id, r]));
    this.defaultId = o.defaultId;
    this.networks = o.networks;
    this.buildNamed();
  }

  /** All feeds, in load order (networks not included: see `networkList`). */
  list(): LoadedFeed[] {
    return [...this.feeds.values()];
  }

  /** The configured networks whose members are all served, built, in configuration order. */
  networkList(): LoadedFeed[] {
    return [...this.named.values()].map((n) => n.feed);
  }

  /** Member feed ids of configured network `name`, or undefined when no network has that name. */
  networkMembers(name: string): readonly string[] | undefined {
    return this.networks?.named?.get(name);
  }

  /** Feeds that were refused and are not served (none of their versions loaded), in refusal order. */
  refused(): RefusedFeed[] {
    return [...this.refusedFeeds.values()];
  }

  /** The refusal of feed `id` when it is refused and not served, else undefined. */
  refusal(id: string): RefusedFeed | undefined {
    return this.refusedFeeds.get(id);
  }

  /** Sets the id used when a request names no feed (a feed or a configured network). */
  setDefault(id: string | undefined): void {
    this.defaultId = id;
  }

  /** The id used when a request names no feed: the configured default, else the first loaded; undefined when empty. */
  defaultFeedId(): string | undefined {
    if (this.defaultId && (this.feeds.has(this.defaultId) || this.named.has(this.defaultId)))
      return this.defaultId;
    return this.feeds.keys().next().value;
  }

  /**
   * The feed or network named `id` (the default when undefined), or undefined: a feed id, a
   * configured network's name, or member ids joined by commas (`a,b`: one network over both, the
   * same whatever their order; a bare repeat is one feed).
   */
  get(id: string | undefined): LoadedFeed | undefined {
    const key = id ?? this.defaultFeedId();
    if (key === undefined) return undefined;
    const feed = this.feeds.get(key);
    if (feed) return feed;
    const named = this.named.get(key);
    if (named) return named.feed;
    if (!key.includes(',') || !this.networks) return undefined;
    const wanted = new Set(key.split(','));
    if ([...wanted].some((m) => !this.feeds.has(m))) return undefined;
    // Catalog order, so that `b,a` is `a,b` (ids qualified by the first feed stay the same).
    const members = this.list().filter((f) => wanted.has(f.id));
    if (members.length === 1) return members[0];
    const netId = members.map((f) => f.id).join(',');
    const cacheKey = versionKey(members);
    const hit = this.adHoc.get(netId);
    this.adHoc.delete(netId);
    if (hit && hit.key === cacheKey) {
      this.adHoc.set(netId, hit); // most recently used last
      return hit.feed;
    }
    const built = { key: cacheKey, feed: this.networks.build(netId, members) };
    this.adHoc.set(netId, built);
    const max = this.networks.maxAdHoc ?? DEFAULT_MAX_AD_HOC;
    for (const old of this.adHoc.keys()) {
      if (this.adHoc.size <= max) break;
      this.adHoc.delete(old);
      this.networks.dropped?.(old);
    }
    return built.feed;
  }

  /**
   * Swaps in new versions of some feeds (others stay as they are) and rebuilds the networks they are
   * members of. `refused`: feeds refused meanwhile; one still served from an earlier version is not
   * listed as refused (it keeps serving).
   */
  replace(updated: readonly LoadedFeed[], refused: readonly RefusedFeed[] = []): void {
    const next = new Map(this.feeds);
    for (const f of updated) next.set(f.id, f);
    const nextRefused = new Map(this.refusedFeeds);
    for (const f of updated) nextRefused.delete(f.id);
    for (const r of refused) if (!next.has(r.id)) nextRefused.set(r.id, r);
    this.feeds = next;
    this.refusedFeeds = nextRefused;
    this.buildNamed();
    // Combinations of a changed member are rebuilt on their next request, not kept meanwhile.
    for (const [id, built] of this.adHoc) {
      const members = id.split(',').map((m) => next.get(m));
      if (members.some((m) => !m) || versionKey(members as LoadedFeed[]) !== built.key) {
        this.adHoc.delete(id);
        this.networks?.dropped?.(id);
      }
    }
  }

  /** (Re)builds the configured networks whose members changed; drops those with a member not served. */
  private buildNamed(): void {
    const setup = this.networks;
    if (!setup?.named) return;
    const next = new Map<string, BuiltNetwork>();
    for (const [name, ids] of setup.named) {
      const members = ids.map((m) => this.feeds.get(m));
      if (members.some((m) => !m)) continue;
      const list = members as LoadedFeed[];
      const key = versionKey(list);
      const old = this.named.get(name);
      next.set(name, old && old.key === key ? old : { key, feed: setup.build(name, list) });
    }
    for (const name of this.named.keys()) if (!next.has(name)) setup.dropped?.(name);
    this.named = next;
  }
}

function versionKey(members: readonly LoadedFeed[]): string {
  return members.map((m) => `${m.id}@${m.version}`).join(',');
}
