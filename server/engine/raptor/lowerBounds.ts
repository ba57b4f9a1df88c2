import type { RaptorIndex } from './RaptorIndex.ts';

/** "Unreachable" in `lowerBounds` output. */
const FAR = 0x3fffffff;

/**
 * Lower bounds for a query's targets: out[s] becomes a lower bound (seconds) on the time from being at
 * stop s to arriving at a target, FAR when no path exists; with no targets every bound is 0. Read from
 * the index's table where it has one (the minimum of the targets' rows), else by `dijkstraBounds`.
 * `offsets` (aligned with `targets`, seconds): the time from each target on to the query's end, added
 * to its bounds (an egress walk). `heap` and `pos` are scratch arrays of length stopCount, reused.
 */
export function lowerBounds(
  idx: RaptorIndex,
  targets: ArrayLike<number>,
  out: Int32Array,
  heap: Int32Array,
  pos: Int32Array,
  offsets?: ArrayLike<number>,
): void {
  if (targets.length === 0) {
    out.fill(0);
    return;
  }
  const table = idx.lbTable;
  if (table.length === 0) {
    dijkstraBounds(idx, targets, out, heap, pos, offsets);
    return;
  }
  const n = idx.stopCount;
  out.fill(FAR);
  for (let i = 0; i < targets.length; i++) {
    const row = targets[i] * n;
    const o = offsets?.[i] ?? 0;
    for (let s = 0; s < n; s++) {
      const b = table[row + s] >= FAR ? FAR : table[row + s] + o;
      if (b < out[s]) out[s] = b;
    }
  }
}

/**
 * Dijkstra on the lower-bound graph (RaptorIndex.lbStart), backwards from the (non-empty) targets; see
 * `lowerBounds` for `out`. (A binary heap written out inline: closures for its sift steps cost a third
 * more.)
 */
export function dijkstraBounds(
  g: Pick<RaptorIndex, 'lbStart' | 'lbFrom' | 'lbWeight'>,
  targets: ArrayLike<number>,
  out: Int32Array,
  heap: Int32Array,
  pos: Int32Array,
  offsets?: ArrayLike<number>,
): void {
  out.fill(FAR);
  pos.fill(-1);
  const { lbStart, lbFrom, lbWeight } = g;
  let size = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    const o = offsets?.[i] ?? 0;
    if (o >= out[t]) continue;
    out[t] = o;
    // Sift t up from where it is (the end of the heap when it was not in it yet).
    let h = pos[t] < 0 ? size++ : pos[t];
    while (h > 0) {
      const parent = (h - 1) >> 1;
      if (out[heap[parent]] <= o) break;
      heap[h] = heap[parent];
      pos[heap[h]] = h;
      h = parent;
    }
    heap[h] = t;
    pos[t] = h;
  }
  while (size > 0) {
    const v = heap[0];
    pos[v] = -2;
    size--;
    if (size > 0) {
      // Sift the last element down from the root.
      const s = heap[size];
      const ds = out[s];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && out[heap[c + 1]] < out[heap[c]]) c++;
        if (out[heap[c]] >= ds) break;
        heap[i] = heap[c];
        pos[heap[i]] = i;
        i = c;
      }
      heap[i] = s;
      pos[s] = i;
    }
    const dv = out[v];
    for (let e = lbStart[v]; e < lbStart[v + 1]; e++) {
      const u = lbFrom[e];
      const d = dv + lbWeight[e];
      if (d >= out[u] || pos[u] === -2) continue;
      out[u] = d;
      // Sift u up from where it is (the end of the heap when it was not in it yet).
      let i = pos[u] < 0 ? size++ : pos[u];
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (out[heap[parent]] <= d) break;
        heap[i] = heap[parent];
        pos[heap[i]] = i;
        i = parent;
      }
      heap[i] = u;
      pos[u] = i;
    }
  }
}
