import type { Timetable, Translations } from '../Timetable.ts';

/** The map under `key`, added empty when missing. */
function getOrAdd<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/** The merged ids of each member's records, to re-key translations by record id. */
export interface MergedIds {
  /** Merged stop ids, and per member its StopIdx -> merged StopIdx. */
  stops: readonly string[];
  stopMaps: readonly Int32Array[];
  /** Per member, in its own order. */
  routes: readonly (readonly string[])[];
  trips: readonly (readonly string[])[];
  agencies: readonly (readonly string[])[];
}

/**
 * The members' translations.txt as one: a row keyed by a record id follows its record to the merged
 * id (`feed:id` where qualified, the shared stop where stops were made one); a row keyed by value
 * stays as it is. Where two members translate the same thing, the first member's text is kept.
 */
export function mergeTranslations(tts: readonly Timetable[], ids: MergedIds): Translations {
  const out: Translations = new Map();
  tts.forEach((tt, k) => {
    const rekey = (table: string, key: string): string => {
      switch (table) {
        case 'stops': {
          const s = tt.stopIndex.get(key);
          return s === undefined ? key : ids.stops[ids.stopMaps[k][s]];
        }
        case 'routes': {
          const r = tt.routeIndex.get(key);
          return r === undefined ? key : ids.routes[k][r];
        }
        case 'trips': {
          const t = tt.tripIndex.get(key);
          return t === undefined ? key : ids.trips[k][t];
        }
        case 'agency': {
          const a = tt.agencies.findIndex((x) => x.id === key);
          return a < 0 ? key : ids.agencies[k][a];
        }
        case 'stop_times': {
          const slash = key.indexOf('/');
          const t = slash < 0 ? undefined : tt.tripIndex.get(key.slice(0, slash));
          return t === undefined ? key : `${ids.trips[k][t]}${key.slice(slash)}`;
        }
        default:
          return key;
      }
    };
    for (const [table, fields] of tt.translations) {
      const outFields = getOrAdd(out, table);
      for (const [field, keys] of fields) {
        const outKeys = getOrAdd(outFields, field);
        for (const [key, langs] of keys) {
          const outLangs = getOrAdd(outKeys, rekey(table, key));
          for (const [lang, text] of langs) if (!outLangs.has(lang)) outLangs.set(lang, text);
        }
      }
    }
  });
  return out;
}
