import type { Shapes } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import { GrowableArray } from './GrowableArray.ts';
import { groupRows } from './groupRows.ts';
import type { IssueCollector } from './IssueCollector.ts';

const FILE = 'shapes.txt';

/** shapes.txt as read: the engine's Shapes and the shape_id lookup. */
export interface ShapeTable {
  shapes: Shapes;
  index: Map<string, number>;
  /** shape_ids left out for an error (their trips are drawn without a shape). */
  dropped: Set<string>;
}

/**
 * Reads shapes.txt into CSR arrays ordered by shape_pt_sequence (the file may be unordered).
 * A repeated sequence number or a decreasing shape_dist_traveled is a SequenceError reported on the
 * shape's first row, as transitland does, and leaves the whole shape out; a point with a bad
 * coordinate or sequence is left out alone.
 */
export function readShapes(csv: CsvReader | null, issues: IssueCollector): ShapeTable {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const firstLine: number[] = [];
  const group = new GrowableArray(Int32Array);
  const seq = new GrowableArray(Int32Array);
  const lat = new GrowableArray(Float64Array);
  const lon = new GrowableArray(Float64Array);
  const dist = new GrowableArray(Float64Array);
  if (csv) {
    const [cId, cLat, cLon, cSeq, cDist] = [
      'shape_id',
      'shape_pt_lat',
      'shape_pt_lon',
      'shape_pt_sequence',
      'shape_dist_traveled',
    ].map((c) => csv.column(c));
    while (csv.next()) {
      const line = csv.line;
      const id = csv.str(cId);
      if (!id) {
        issues.error('RequiredFieldError', FILE, line, 'shape_id', 'shape_id is empty');
        issues.dropRows(FILE, 'RequiredFieldError');
        continue;
      }
      const la = csv.num(cLat);
      const lo = csv.num(cLon);
      const s = csv.int(cSeq);
      const bad: [string, string][] = [];
      if (!(Math.abs(la) <= 90)) bad.push(['shape_pt_lat', `'${csv.str(cLat)}' is not a latitude`]);
      if (!(Math.abs(lo) <= 180)) bad.push(['shape_pt_lon', `'${csv.str(cLon)}' is not a longitude`]);
      if (!(s >= 0)) bad.push(['shape_pt_sequence', `'${csv.str(cSeq)}' is not a non-negative integer`]);
      for (const [field, message] of bad) issues.error('InvalidFieldError', FILE, line, field, message, id);
      if (bad.length > 0) {
        issues.dropRows(FILE, 'InvalidFieldError');
        continue;
      }
      if (la === 0 && lo === 0)
        issues.warning(
          'ZeroCoordinateError',
          FILE,
          line,
          'shape_pt_lon',
          'a shape point at 0,0: coordinates are probably missing',
          id,
        );
      let g = index.get(id);
      if (g === undefined) {
        g = ids.length;
        index.set(id, g);
        ids.push(id);
        firstLine.push(line);
      }
      group.push(g);
      seq.push(s);
      lat.push(la);
      lon.push(lo);
      dist.push(csv.num(cDist));
    }
    csv.release();
  }
  const { order, start } = groupRows(group.array(), seq.array(), ids.length);
  const n = order.length;
  const sLat = new Float64Array(n);
  const sLon = new Float64Array(n);
  const sDist = new Float64Array(n);
  const la = lat.array();
  const lo = lon.array();
  const di = dist.array();
  const sq = seq.array();
  for (let i = 0; i < n; i++) {
    const r = order[i];
    sLat[i] = la[r];
    sLon[i] = lo[r];
    sDist[i] = di[r];
  }
  const keep = new Uint8Array(ids.length).fill(1);
  const dropped = new Set<string>();
  for (let g = 0; g < ids.length; g++) {
    let dupSeq = false;
    let backwards = false;
    for (let i = start[g] + 1; i < start[g + 1]; i++) {
      if (sq[order[i]] === sq[order[i - 1]]) dupSeq = true;
      if (sDist[i] < sDist[i - 1]) backwards = true; // NaN compares false: absent distances pass
    }
    if (dupSeq)
      issues.error(
        'SequenceError',
        FILE,
        firstLine[g],
        'shape_pt_sequence',
        `shape '${ids[g]}' repeats a shape_pt_sequence`,
        ids[g],
        'shape',
      );
    if (backwards)
      issues.error(
        'SequenceError',
        FILE,
        firstLine[g],
        'shape_dist_traveled',
        `shape '${ids[g]}' has a decreasing shape_dist_traveled`,
        ids[g],
        'shape',
      );
    if (dupSeq || backwards) {
      keep[g] = 0;
      dropped.add(ids[g]);
      issues.dropRows(FILE, 'SequenceError', start[g + 1] - start[g]);
      continue;
    }
    if (start[g + 1] - start[g] < 2)
      issues.warning(
        'ShapeTooShortWarning',
        FILE,
        firstLine[g],
        'shape_id',
        `shape '${ids[g]}' has fewer than two points`,
        ids[g],
      );
  }
  if (dropped.size === 0)
    return {
      shapes: { count: ids.length, id: ids, ptStart: start, lat: sLat, lon: sLon, dist: sDist },
      index,
      dropped,
    };
  // Keep the good shapes only, in order.
  const keptIds: string[] = [];
  const ptStart: number[] = [0];
  const kLat: number[] = [];
  const kLon: number[] = [];
  const kDist: number[] = [];
  for (let g = 0; g < ids.length; g++) {
    if (!keep[g]) continue;
    keptIds.push(ids[g]);
    for (let i = start[g]; i < start[g + 1]; i++) {
      kLat.push(sLat[i]);
      kLon.push(sLon[i]);
      kDist.push(sDist[i]);
    }
    ptStart.push(kLat.length);
  }
  return {
    shapes: {
      count: keptIds.length,
      id: keptIds,
      ptStart: Int32Array.from(ptStart),
      lat: Float64Array.from(kLat),
      lon: Float64Array.from(kLon),
      dist: Float64Array.from(kDist),
    },
    index: new Map(keptIds.map((id, i) => [id, i])),
    dropped,
  };
}
