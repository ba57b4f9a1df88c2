import type { LoadedFeed } from './LoadedFeed.ts';

/**
 * The feeds being served, by id. Reloads replace entries by swapping the map reference; a request
 * takes its feed once, at its start, and finishes on it even if a reload lands meanwhile.
 */
export class FeedCatalog {
  private feeds: ReadonlyMap<string, LoadedFeed>;

  constructor(
    feeds: readonly LoadedFeed[],
    private readonly defaultId?: string,
  ) {
    this.feeds = new Map(feeds.map((f) => [f.id, f]));
  }

  /** All feeds, in load order. */
  list(): LoadedFeed[] {
    return [...this.feeds.values()];
  }

  /** The id used when a request names no feed: the configured default, else the first loaded; undefined when empty. */
  defaultFeedId(): string | undefined {
    if (this.defaultId && this.feeds.has(this.defaultId)) return this.defaultId;
    return this.feeds.keys().next().value;
  }

  /** The feed named `id` (the default when undefined), or undefined. */
  get(id: string | undefined): LoadedFeed | undefined {
    const key = id ?? this.defaultFeedId();
    return key === undefined ? undefined : this.feeds.get(key);
  }

  /** Swaps in new versions of some feeds (others stay as they are). */
  replace(updated: readonly LoadedFeed[]): void {
    const next = new Map(this.feeds);
    for (const f of updated) next.set(f.id, f);
    this.feeds = next;
  }
}
