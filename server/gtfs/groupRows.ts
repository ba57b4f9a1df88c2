/**
 * Orders staged rows by group (trip, shape) and, within a group, by a sequence number, keeping file
 * order for ties: a counting sort by group, then an insertion sort per group that costs nothing when
 * the file is already in order (the usual case). Returns the row order and the CSR start of each group
 * (`start[g] .. start[g+1]`).
 */
export function groupRows(
  group: Int32Array,
  sequence: Int32Array,
  groupCount: number,
): { order: Int32Array; start: Int32Array } {
  const n = group.length;
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) start[group[i] + 1]++;
  for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groupCount);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[group[i]]++] = i;
  for (let g = 0; g < groupCount; g++) {
    const e = start[g + 1];
    for (let i = start[g] + 1; i < e; i++) {
      const row = order[i];
      const seq = sequence[row];
      let j = i - 1;
      if (sequence[order[j]] <= seq) continue;
      // Out of order: a large shuffled group would be quadratic here, so sort it properly.
      if (e - start[g] > 64) {
        const part = Array.from(order.subarray(start[g], e)).sort(
          (a, b) => sequence[a] - sequence[b] || a - b,
        );
        order.set(part, start[g]);
        break;
      }
      while (j >= start[g] && sequence[order[j]] > seq) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = row;
    }
  }
  return { order, start };
}
