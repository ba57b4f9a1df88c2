import type { DayClock } from '../time/DayClock.ts';
import type { RaptorIndex } from './RaptorIndex.ts';
import type { SearchPath } from './SearchPath.ts';

/**
 * Search time (seconds on `clock`, negated for a reverse search) at which a path's first ride leaves
 * its boarding stop, or null when the path does not start with a ride. For a forward path that is the
 * journey's departure; for a reverse path, minus its arrival.
 */
export function pathStartTime(idx: RaptorIndex, clock: DayClock, path: SearchPath): number | null {
  const first = path[0];
  if (first?.kind !== 'ride') return null;
  const q = idx.tripPattern[first.trip];
  if (q < 0) return null;
  const len = idx.patStopStart[q + 1] - idx.patStopStart[q];
  const row = idx.patTimeStart[q] + idx.tripLocal[first.trip] * len + first.fromPos;
  return idx.tDep[row] + clock.offsets[idx.patZone[q] * clock.dayCount + first.dayIndex];
}
