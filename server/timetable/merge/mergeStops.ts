import { distanceMetres } from '../distanceMetres.ts';
import type { StopIdx, Stops, Timetable } from '../Timetable.ts';
import { nearbyPairs } from './nearbyPairs.ts';
import { placeNameKey } from './placeNameKey.ts';

/** Two stops the same place: within this distance (metres), with the same name or code. */
export const SAME_PLACE_METRES = 100;

/** A stop of one member feed, by feed id and stop_id. */
export interface FeedStop {
  feed: string;
  stop: string;
}

/** An operator-edited statement that two stops of (usually) different feeds are one station. */
export interface StopLink {
  a: FeedStop;
  b: FeedStop;
}

/** Why stops of several feeds became one station. */
export type StationReason = 'nearby, same name' | 'nearby, same code' | 'links file';

/** A station formed across feeds: the merged station and the merged stops it now holds. */
export interface CrossFeedStation {
  station: StopIdx;
  members: StopIdx[];
  reason: StationReason;
}

/** The merged stops and how every member's stops map onto them. */
export interface MergedStops {
  stops: Stops;
  stopIndex: Map<string, StopIdx>;
  timezones: string[];
  /** Per member feed: its StopIdx -> merged StopIdx. */
  stopMaps: Int32Array[];
  /** Per merged stop: the member feed indexes it comes from and their stop index (first: its record). */
  sources: { feed: number; stop: number }[][];
  /** Ids that stand for several merged stops, or for a station merged into another feed's. */
  aliases: Map<string, StopIdx[]>;
  stations: CrossFeedStation[];
  /** Links file rows naming a stop that does not exist (for the network's report). */
  unknownLinks: StopLink[];
}

/** One merged stop while it is being built. */
interface StopRecord {
  id: string;
  name: string;
  code: string;
  lat: number;
  lon: number;
  type: number;
  /** Record index of the parent, -1 when none. */
  parent: number;
  zone: string;
  country: string;
  feeds: Set<number>;
  sources: { feed: number; stop: number }[];
  /** Merged into another station (its children and id went there). */
  absorbedInto: number;
}

/** Local stops of a member in the order that puts parents first (stations, platforms, boarding areas). */
function parentsFirst(stops: Stops): number[] {
  const rank = [1, 0, 1, 1, 2];
  const order = Array.from({ length: stops.count }, (_, i) => i);
  return order.sort((a, b) => rank[stops.locationType[a]] - rank[stops.locationType[b]] || a - b);
}

/**
 * Merges the stops of several feeds into one list.
 * - A stop_id present in several feeds is **one stop** when its records agree (same location_type and
 *   parent, within `SAME_PLACE_METRES`); otherwise each distinct place becomes `feed:stop_id` and the
 *   bare id an alias for all of them.
 * - Top-level stops and stations of different feeds that are the same place (within
 *   `SAME_PLACE_METRES` with the same name or stop_code, or listed in `links`) become **one station**:
 *   the first station among them (else a new station `station:<first stop_id>`) takes the others'
 *   platforms and stand-alone stops as children, so a change there takes the station's change time;
 *   a station so absorbed leaves its id as an alias of the one it joined.
 */
export function mergeStops(
  parts: readonly { id: string; timetable: Timetable }[],
  links: readonly StopLink[],
): MergedStops {
  const records: StopRecord[] = [];
  const byId = new Map<string, number[]>();
  const localMaps = parts.map((p) => new Int32Array(p.timetable.stops.count).fill(-1));
  parts.forEach((part, k) => {
    const st = part.timetable.stops;
    const map = localMaps[k];
    for (const s of parentsFirst(st)) {
      const parent = st.parent[s] >= 0 ? map[st.parent[s]] : -1;
      const id = st.id[s];
      const same = (byId.get(id) ?? []).find((r) => {
        const rec = records[r];
        if (rec.type !== st.locationType[s] || rec.parent !== parent || rec.feeds.has(k)) return false;
        const d = distanceMetres([rec.lon, rec.lat], [st.lon[s], st.lat[s]]);
        return (
          d <= SAME_PLACE_METRES || (Number.isNaN(d) && Number.isNaN(rec.lat) === Number.isNaN(st.lat[s]))
        );
      });
      if (same !== undefined) {
        map[s] = same;
        records[same].feeds.add(k);
        records[same].sources.push({ feed: k, stop: s });
        records[same].country ||= st.country[s];
        continue;
      }
      map[s] = records.length;
      const list = byId.get(id);
      if (list) list.push(records.length);
      else byId.set(id, [records.length]);
      records.push({
        id,
        name: st.name[s],
        code: st.code[s],
        lat: st.lat[s],
        lon: st.lon[s],
        type: st.locationType[s],
        parent,
        zone: part.timetable.timezones[st.timezone[s]],
        country: st.country[s],
        feeds: new Set([k]),
        sources: [{ feed: k, stop: s }],
        absorbedInto: -1,
      });
    }
  });
  // Ids meaning different places in different feeds: qualified by the first feed of each.
  const aliases = new Map<string, number[]>();
  const taken = new Set(records.map((r) => r.id));
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    aliases.set(id, list);
    for (const r of list) records[r].id = unique(`${parts[[...records[r].feeds][0]].id}:${id}`, taken);
  }

  // One station per place across feeds.
  const parentOf = new Int32Array(records.length);
  const find = (r: number): number => {
    while (parentOf[r] !== r) {
      parentOf[r] = parentOf[parentOf[r]];
      r = parentOf[r];
    }
    return r;
  };
  for (let r = 0; r < records.length; r++) parentOf[r] = r;
  const reasonOf = new Map<number, StationReason>();
  const join = (a: number, b: number, reason: StationReason) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    parentOf[hi] = lo;
    reasonOf.set(lo, reasonOf.get(lo) ?? reasonOf.get(hi) ?? reason);
  };
  const top = records.flatMap((r, i) => (r.parent < 0 && (r.type === 0 || r.type === 1) ? [i] : []));
  const lat = records.map((r) => r.lat);
  const lon = records.map((r) => r.lon);
  for (const [a, b] of nearbyPairs(top, lat, lon, SAME_PLACE_METRES)) {
    const ra = records[a];
    const rb = records[b];
    if ([...ra.feeds].some((f) => rb.feeds.has(f))) continue; // a feed's own stations are its own
    const name = placeNameKey(ra.name);
    if (name && name === placeNameKey(rb.name)) join(a, b, 'nearby, same name');
    else if (ra.code && ra.code === rb.code) join(a, b, 'nearby, same code');
  }
  const unknownLinks: StopLink[] = [];
  const feedIndex = new Map(parts.map((p, k) => [p.id, k]));
  const recordOf = (fs: FeedStop): number => {
    const k = feedIndex.get(fs.feed);
    const s = k === undefined ? undefined : parts[k].timetable.stopIndex.get(fs.stop);
    if (k === undefined || s === undefined) return -1;
    let r = localMaps[k][s];
    while (records[r].parent >= 0 && records[r].type !== 1) r = records[r].parent; // a platform: its station
    return r;
  };
  for (const link of links) {
    const a = recordOf(link.a);
    const b = recordOf(link.b);
    if (a < 0 || b < 0) {
      // A link to a feed that is not part of this network is simply not for it.
      if (feedIndex.has(link.a.feed) && feedIndex.has(link.b.feed)) unknownLinks.push(link);
      continue;
    }
    join(a, b, 'links file');
  }
  const groups = new Map<number, number[]>();
  for (const r of top) {
    const root = find(r);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  }
  const stationGroups: { hub: number; members: number[]; reason: StationReason }[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    let hub = members.find((r) => records[r].type === 1) ?? -1;
    if (hub < 0) {
      const first = records[members[0]];
      hub = records.length;
      records.push({
        ...first,
        id: unique(`station:${first.id}`, taken),
        type: 1,
        parent: -1,
        feeds: new Set(members.flatMap((m) => [...records[m].feeds])),
        sources: [],
        absorbedInto: -1,
      });
    }
    for (const m of members) {
      if (m === hub) continue;
      if (records[m].type === 1) records[m].absorbedInto = hub;
      else records[m].parent = hub;
    }
    stationGroups.push({ hub, members, reason: reasonOf.get(root) ?? 'links file' });
  }
  for (const r of records)
    if (r.parent >= 0 && records[r.parent].absorbedInto >= 0) r.parent = records[r.parent].absorbedInto;
  return buildStops(records, aliases, localMaps, stationGroups, unknownLinks);
}

/** `id`, or `id~2`, `id~3`... whichever is not yet taken (then taken). */
function unique(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}~${n}`;
  taken.add(out);
  return out;
}

/** The final arrays: absorbed stations left out, indexes renumbered, children as CSR. */
function buildStops(
  records: StopRecord[],
  aliasRecords: Map<string, number[]>,
  localMaps: Int32Array[],
  groups: { hub: number; members: number[]; reason: StationReason }[],
  unknownLinks: StopLink[],
): MergedStops {
  const finalOf = new Int32Array(records.length).fill(-1);
  let count = 0;
  for (let r = 0; r < records.length; r++) if (records[r].absorbedInto < 0) finalOf[r] = count++;
  for (let r = 0; r < records.length; r++)
    if (records[r].absorbedInto >= 0) finalOf[r] = finalOf[records[r].absorbedInto];
  const kept = records.filter((r) => r.absorbedInto < 0);
  const timezones: string[] = [];
  const zoneIndex = new Map<string, number>();
  const timezone = Uint16Array.from(kept, (r) => {
    let z = zoneIndex.get(r.zone);
    if (z === undefined) {
      z = timezones.length;
      zoneIndex.set(r.zone, z);
      timezones.push(r.zone);
    }
    return z;
  });
  const parent = Int32Array.from(kept, (r) => (r.parent >= 0 ? finalOf[r.parent] : -1));
  const childStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) if (parent[i] >= 0) childStart[parent[i] + 1]++;
  for (let i = 0; i < count; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, count);
  const childIdx = new Int32Array(childStart[count]);
  for (let i = 0; i < count; i++) if (parent[i] >= 0) childIdx[fill[parent[i]]++] = i;
  const stops: Stops = {
    count,
    id: kept.map((r) => r.id),
    name: kept.map((r) => r.name),
    code: kept.map((r) => r.code),
    lat: Float64Array.from(kept, (r) => r.lat),
    lon: Float64Array.from(kept, (r) => r.lon),
    locationType: Uint8Array.from(kept, (r) => r.type),
    parent,
    timezone,
    childStart,
    childIdx,
    country: kept.map((r) => r.country),
  };
  const stopIndex = new Map<string, StopIdx>(stops.id.map((id, i) => [id, i as StopIdx]));
  const aliases = new Map<string, StopIdx[]>();
  for (const [id, list] of aliasRecords)
    aliases.set(id, [...new Set(list.map((r) => finalOf[r] as StopIdx))]);
  for (const r of records)
    if (r.absorbedInto >= 0 && !stopIndex.has(r.id) && !aliases.has(r.id))
      aliases.set(r.id, [finalOf[r.absorbedInto] as StopIdx]);
  return {
    stops,
    stopIndex,
    timezones,
    stopMaps: localMaps.map((m) => m.map((r) => finalOf[r])),
    sources: kept.map((r) => r.sources),
    aliases,
    stations: groups.map((g) => ({
      station: finalOf[g.hub] as StopIdx,
      members: g.members.map((m) => finalOf[m] as StopIdx),
      reason: g.reason,
    })),
    unknownLinks,
  };
}
