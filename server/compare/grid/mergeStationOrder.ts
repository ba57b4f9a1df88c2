import { alg, Graph } from '@dagrejs/graphlib';

/**
 * One top-to-bottom station order for a printed timetable from the station sequences of its columns:
 * a topological order of "comes before" over consecutive stations (graphlib), ties broken by first
 * appearance; when the sequences contradict each other (a cycle), first appearance alone.
 */
export function mergeStationOrder(sequences: readonly (readonly string[])[]): string[] {
  const first = new Map<string, number>();
  const g = new Graph({ directed: true });
  for (const seq of sequences) {
    seq.forEach((s, i) => {
      if (!first.has(s)) first.set(s, first.size);
      g.setNode(s);
      if (i > 0 && seq[i - 1] !== s) g.setEdge(seq[i - 1], s);
    });
  }
  const byFirst = [...first.keys()];
  if (!alg.isAcyclic(g)) return byFirst;
  // Kahn's algorithm with the earliest-appearing ready station first, for a stable, readable order.
  const indegree = new Map(byFirst.map((s) => [s, g.predecessors(s)?.length ?? 0]));
  const ready = byFirst.filter((s) => indegree.get(s) === 0);
  const out: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0));
    const s = ready.shift() as string;
    out.push(s);
    for (const t of g.successors(s) ?? []) {
      const d = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, d);
      if (d === 0) ready.push(t);
    }
  }
  return out;
}
