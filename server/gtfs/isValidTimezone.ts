let known: Set<string> | null = null;
const cache = new Map<string, boolean>();

/**
 * True when `zone` is an IANA time zone name this runtime knows: a canonical name from
 * `Intl.supportedValuesOf('timeZone')` or an alias `Intl.DateTimeFormat` accepts (`Europe/Kiev`,
 * `US/Eastern`). Offsets like `+01:00` are not GTFS time zones and are refused.
 */
export function isValidTimezone(zone: string): boolean {
  known ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (known.has(zone)) return true;
  let ok = cache.get(zone);
  if (ok === undefined) {
    ok = /^[A-Za-z]/.test(zone);
    if (ok)
      try {
        new Intl.DateTimeFormat(undefined, { timeZone: zone });
      } catch {
        ok = false;
      }
    cache.set(zone, ok);
  }
  return ok;
}
