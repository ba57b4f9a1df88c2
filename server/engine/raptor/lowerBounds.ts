import type { RaptorIndex } from './RaptorIndex.ts';

/** "Unreachable" in `lowerBounds` output. */
const FAR = 0x3fffffff;

/**
 * Dijkstra on the index's lower-bound graph, backwards from the targets: out[s] becomes a lower bound
 * (seconds) on the time from being at stop s to arriving at a target, FAR when no path exists. With no
 * targets every bound is 0. `heap` and `pos` are scratch arrays of length stopCount, reused.
 */
export function lowerBounds(
  idx: RaptorIndex,
  targets: ArrayLike<number>,
  out: Int32Array,
  heap: Int32Array,
  pos: Int32Array,
): void {
  if (targets.length === 0) {
    out.fill(0);
    return;
  }
  out.fill(FAR);
  pos.fill(-1);
  let size = 0;
  const less = (a: number, b: number) => out[a] < out[b];
  const up = (i: number) => {
    const s = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(s, heap[parent])) break;
      heap[i] = heap[parent];
      pos[heap[i]] = i;
      i = parent;
    }
    heap[i] = s;
    pos[s] = i;
  };
  const down = (i: number) => {
    const s = heap[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && less(heap[c + 1], heap[c])) c++;
      if (!less(heap[c], s)) break;
      heap[i] = heap[c];
      pos[heap[i]] = i;
      i = c;
    }
    heap[i] = s;
    pos[s] = i;
  };
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (out[t] === 0) continue;
    out[t] = 0;
    heap[size] = t;
    up(size++);
  }
  while (size > 0) {
    const v = heap[0];
    pos[v] = -2;
    heap[0] = heap[--size];
    if (size > 0) down(0);
    const dv = out[v];
    for (let e = idx.lbStart[v]; e < idx.lbStart[v + 1]; e++) {
      const u = idx.lbFrom[e];
      const d = dv + idx.lbWeight[e];
      if (d >= out[u] || pos[u] === -2) continue;
      out[u] = d;
      if (pos[u] < 0) {
        heap[size] = u;
        up(size++);
      } else up(pos[u]);
    }
  }
}
