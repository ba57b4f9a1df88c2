import type { Timetable } from '../timetable/Timetable.ts';
import { translate } from '../timetable/translate.ts';
import { romanizations } from './romanize.ts';
import { searchKey } from './searchKey.ts';
import { withinOneEditOfPrefix } from './withinOneEditOfPrefix.ts';

/**
 * One match of a station search, best first. `missing`: query words that matched nothing (ignored
 * words such as "central" in "orsha central" when no name has them). `score`: 0 the whole query
 * starts a name, 1 every matched word starts a word of a name, 2 one needed a spelling fix, 3 one
 * was found inside a word. `distance`: metres from the `near` point, when one was given.
 */
export interface StopMatch {
  stop: number;
  missing: number;
  score: number;
  distance?: number;
}

/** A point to rank by distance, WGS84 degrees. */
export interface NearPoint {
  lat: number;
  lon: number;
}

/** Query words at least this long may match with one edit (`smolenks`, `vitbsk`). */
const FUZZY_MIN = 5;
/** Query words at least this long may match inside a word (`ensk`). */
const INFIX_MIN = 3;
const EARTH_M = 6_371_000;
const RAD = Math.PI / 180;

/**
 * Station search over every name a stop has (stop_name and its translations) in every common
 * spelling: Russian and Belarusian Cyrillic, their romanisations (BGN/PCGN, ISO 9, the Belarusian
 * national system, Łacinka, Polish, German; see romanize.ts), accents and case folded. Query words
 * match word prefixes, with one edit in words of five letters or more, or inside a word; words that
 * match nothing are ignored when others match. A station also answers to its platforms' names
 * (`Berlin Hbf` finds `S+U Berlin Hauptbahnhof`), and platforms of a station never show: the station
 * stands for them. Ranked by ignored words, then score, then busier stops first. Built once per feed.
 */
export class StopSearchIndex {
  /** Per stop: its names as keys (for whole-query prefixes) and their distinct words. */
  private readonly keys: string[][] = [];
  private readonly words: string[][] = [];
  private readonly rank: Int32Array;
  /** Position of each stop in name order (ties broken without comparing strings per query). */
  private readonly nameOrder: Int32Array;
  /** Stops a search may return: stations and stops without a station (no platforms, entrances, nodes). */
  private readonly listed: Int32Array;

  /** `callsPerStop[i]`: trips calling at stop i (its children included for stations), for ranking. */
  constructor(
    private readonly timetable: Timetable,
    callsPerStop: ArrayLike<number>,
  ) {
    const { stops } = timetable;
    this.rank = new Int32Array(stops.count);
    const langs = languagesOf(timetable);
    const namesOf = (i: number) => {
      const names = [stops.name[i]];
      for (const lang of langs)
        names.push(translate(timetable, 'stops', 'stop_name', stops.id[i], stops.name[i], lang));
      return names;
    };
    const listed: number[] = [];
    for (let i = 0; i < stops.count; i++) {
      this.rank[i] = callsPerStop[i] ?? 0;
      const type = stops.locationType[i];
      const isListed = type === 1 || (type === 0 && stops.parent[i] < 0);
      if (!isListed) {
        this.keys.push([]);
        this.words.push([]);
        continue;
      }
      listed.push(i);
      const names = new Set(namesOf(i));
      for (let c = stops.childStart[i]; c < stops.childStart[i + 1]; c++) {
        const child = stops.childIdx[c];
        if (stops.locationType[child] === 0) for (const n of namesOf(child)) names.add(n);
      }
      const keys = new Set<string>();
      for (const name of names) {
        for (const spelling of [name, ...romanizations(name)]) {
          const key = searchKey(spelling);
          if (key) keys.add(key);
        }
      }
      this.keys.push([...keys]);
      this.words.push([...new Set([...keys].flatMap((k) => k.split(' ')))]);
    }
    this.listed = Int32Array.from(listed);
    const collator = new Intl.Collator('en');
    const byName = [...Array(stops.count).keys()].sort((a, b) =>
      collator.compare(stops.name[a], stops.name[b]),
    );
    this.nameOrder = new Int32Array(stops.count);
    byName.forEach((stop, pos) => {
      this.nameOrder[stop] = pos;
    });
  }

  /**
   * Up to `limit` stations for `query`, best first; with `near`, the matching stations nearest to
   * it (an empty query then means every station: the nearest ones).
   */
  search(query: string, limit: number, near?: NearPoint): StopMatch[] {
    const q = searchKey(query);
    const qWords = q === '' ? [] : q.split(' ');
    const found: StopMatch[] = [];
    for (const stop of this.listed) {
      const m = this.match(stop, q, qWords);
      if (m) found.push(m);
    }
    const { stops } = this.timetable;
    if (near) {
      for (const m of found) m.distance = Math.round(distanceM(near, stops.lat[m.stop], stops.lon[m.stop]));
      found.sort(
        (a, b) =>
          a.missing - b.missing ||
          (a.distance ?? 0) - (b.distance ?? 0) ||
          this.rank[b.stop] - this.rank[a.stop],
      );
      return found.filter((m) => Number.isFinite(m.distance)).slice(0, limit);
    }
    found.sort(
      (a, b) =>
        a.missing - b.missing ||
        a.score - b.score ||
        this.rank[b.stop] - this.rank[a.stop] ||
        this.nameOrder[a.stop] - this.nameOrder[b.stop],
    );
    return found.slice(0, limit);
  }

  private match(stop: number, q: string, qWords: readonly string[]): StopMatch | undefined {
    if (qWords.length === 0) return { stop, missing: 0, score: 0 };
    const words = this.words[stop];
    let missing = 0;
    let worst = 0;
    for (const qw of qWords) {
      let level = 3; // 0 prefix, 1 one edit, 2 inside a word, 3 none
      for (const w of words) {
        if (w.startsWith(qw)) {
          level = 0;
          break;
        }
        if (level > 1 && qw.length >= FUZZY_MIN && withinOneEditOfPrefix(qw, w)) level = 1;
        else if (level > 2 && qw.length >= INFIX_MIN && w.includes(qw)) level = 2;
      }
      if (level === 3) missing++;
      else if (level > worst) worst = level;
    }
    if (missing === qWords.length) return undefined;
    const whole = missing === 0 && this.keys[stop].some((k) => k.startsWith(q));
    return { stop, missing, score: whole ? 0 : worst + 1 };
  }
}

/** Great-circle distance in metres (haversine) from `p` to a point; NaN when it has no coordinates. */
function distanceM(p: NearPoint, lat: number, lon: number): number {
  const dLat = (lat - p.lat) * RAD;
  const dLon = (lon - p.lon) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(p.lat * RAD) * Math.cos(lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

function languagesOf(timetable: Timetable): string[] {
  const byRecord = timetable.translations.get('stops')?.get('stop_name');
  const langs = new Set<string>();
  if (byRecord) for (const perLang of byRecord.values()) for (const lang of perLang.keys()) langs.add(lang);
  return [...langs];
}
