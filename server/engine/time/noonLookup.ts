import { noonMinus12h } from './noonMinus12h.ts';

/**
 * A memoised `noonMinus12h(zone, day)` (Unix seconds) for one request or one computation: luxon is
 * asked once per (zone, service day), whatever the number of trips looked up.
 */
export function noonLookup(): (zone: string, day: number) => number {
  const cache = new Map<string, number>();
  return (zone, day) => {
    const key = `${zone} ${day}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = noonMinus12h(zone, day);
      cache.set(key, v);
    }
    return v;
  };
}
