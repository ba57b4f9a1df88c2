import type { Timetable } from '../timetable/Timetable.ts';
import { translate } from '../timetable/translate.ts';
import { searchKey } from './searchKey.ts';

/** One match of a station search, best first. `score`: 0 full-name prefix, 1 word prefix, 2 substring. */
export interface StopMatch {
  stop: number;
  score: number;
}

/**
 * Accent- and case-insensitive station search over every name a stop has (stop_name and its
 * translations in any language), matching across scripts (`orsha`, `орша`, `Орша`). Stations come
 * before platforms, busier stops before quieter ones. Built once per feed.
 */
export class StopSearchIndex {
  private readonly keys: string[][];
  private readonly rank: Int32Array;

  /** `callsPerStop[i]`: trips calling at stop i (its children included for stations), for ranking. */
  constructor(
    private readonly timetable: Timetable,
    callsPerStop: ArrayLike<number>,
  ) {
    const { stops } = timetable;
    this.keys = [];
    this.rank = new Int32Array(stops.count);
    const langs = languagesOf(timetable);
    for (let i = 0; i < stops.count; i++) {
      const names = new Set<string>([stops.name[i]]);
      for (const lang of langs)
        names.add(translate(timetable, 'stops', 'stop_name', stops.id[i], stops.name[i], lang));
      this.keys.push([...names].map(searchKey).filter((k) => k.length > 0));
      this.rank[i] = callsPerStop[i] ?? 0;
    }
  }

  /** Up to `limit` matches for `query`; entrances and generic nodes (location_type 2, 3) are never returned. */
  search(query: string, limit: number): StopMatch[] {
    const q = searchKey(query);
    const { stops } = this.timetable;
    const found: StopMatch[] = [];
    for (let i = 0; i < stops.count; i++) {
      const type = stops.locationType[i];
      if (type === 2 || type === 3 || type === 4) continue;
      let best = 3;
      for (const key of this.keys[i]) {
        if (q === '' || key.startsWith(q)) best = 0;
        else if (best > 1 && key.includes(` ${q}`)) best = 1;
        else if (best > 2 && key.includes(q)) best = 2;
        if (best === 0) break;
      }
      if (best < 3) found.push({ stop: i, score: best });
    }
    const isPlatform = (i: number) => (stops.parent[i] >= 0 ? 1 : 0);
    found.sort(
      (a, b) =>
        a.score - b.score ||
        isPlatform(a.stop) - isPlatform(b.stop) ||
        this.rank[b.stop] - this.rank[a.stop] ||
        stops.name[a.stop].localeCompare(stops.name[b.stop]),
    );
    return found.slice(0, limit);
  }
}

function languagesOf(timetable: Timetable): string[] {
  const byRecord = timetable.translations.get('stops')?.get('stop_name');
  const langs = new Set<string>();
  if (byRecord) for (const perLang of byRecord.values()) for (const lang of perLang.keys()) langs.add(lang);
  return [...langs];
}
