import { DateTime } from 'luxon';

/**
 * ISO 8601 local time with the zone's offset at that instant, e.g. `2026-04-02T08:25:00+03:00`.
 * `unixSeconds`: seconds since the epoch; `zone`: IANA name.
 *
 * Called for every stop of every journey the API presents, so the zone's offset is cached per
 * 15-minute slot (a slot is cached only when its first and last second have the same offset: no zone
 * changes offset twice within 15 minutes), and the string is built by arithmetic. Anything unusual
 * (fractional seconds, an offset that is not whole minutes, an invalid zone) goes through luxon.
 */
export function formatInstant(unixSeconds: number, zone: string): string {
  const offset = Number.isInteger(unixSeconds) ? offsetMinutes(unixSeconds, zone) : Number.NaN;
  if (Number.isNaN(offset)) return viaLuxon(unixSeconds, zone);
  const d = new Date((unixSeconds + offset * 60) * 1000);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return viaLuxon(unixSeconds, zone);
  const abs = Math.abs(offset);
  return `${year}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(
    d.getUTCMinutes(),
  )}:${two(d.getUTCSeconds())}${utcStyle(zone) && offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`}`;
}

function viaLuxon(unixSeconds: number, zone: string): string {
  return DateTime.fromSeconds(unixSeconds, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const SLOT = 900;
const slots = new Map<string, Map<number, number>>();
const zulu = new Map<string, boolean>();

/** Whether luxon writes offset 0 of this zone as `Z` (fixed-offset UTC) rather than `+00:00`. */
function utcStyle(zone: string): boolean {
  let z = zulu.get(zone);
  if (z === undefined) {
    const dt = DateTime.fromSeconds(0, { zone });
    z = dt.offset === 0 && (dt.toISO() ?? '').endsWith('Z');
    zulu.set(zone, z);
  }
  return z;
}

/** The zone's UTC offset in whole minutes at that instant; NaN when it cannot be cached. */
function offsetMinutes(t: number, zone: string): number {
  let byZone = slots.get(zone);
  if (!byZone) {
    byZone = new Map();
    slots.set(zone, byZone);
  }
  const slot = Math.floor(t / SLOT);
  let off = byZone.get(slot);
  if (off === undefined) {
    const a = DateTime.fromSeconds(slot * SLOT, { zone }).offset;
    const b = DateTime.fromSeconds(slot * SLOT + SLOT - 1, { zone }).offset;
    if (a !== b || !Number.isInteger(a)) return Number.NaN;
    if (byZone.size > 200_000) byZone.clear(); // bounded: ~5 years of slots per zone
    byZone.set(slot, a);
    off = a;
  }
  return off;
}
