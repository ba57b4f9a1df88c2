import { INF } from '../raptor/Labels.ts';
import type { RaptorSearch } from '../raptor/RaptorSearch.ts';

/**
 * After a run: the fewest trips j <= k whose exact-round target label equals the best target label
 * with at most k trips, or -1 when no target was reached within the run's bound.
 */
export function bestRound(search: RaptorSearch, k: number): number {
  const best = search.targetBest[k];
  if (best >= INF) return -1;
  for (let j = 1; j <= k; j++) if (search.runTargetArr[j] === best) return j;
  return -1;
}
