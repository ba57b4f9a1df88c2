import { describe, expect, it } from 'vitest';
import { buildTimetable, type TimetableSpec } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * transfers.txt rules at hub B (and a walk to X): type 2 min_transfer_time overrides minTransfer for
 * its pair, also between different stops (a walk); type 3 forbids; type 1 is a timed transfer (0 min).
 * Trains into B arrive 09:00; onward trains leave B at 09:01, 09:02, 09:10 and X at 09:03.
 */
const base: TimetableSpec = {
  stops: ['A', 'B', 'X', 'C'],
  trips: [
    { id: 'IN', times: 'A 08:00, B 09:00' },
    { id: 'B1', route: 'OUT', times: 'B 09:01, C 10:01' },
    { id: 'B2', route: 'OUT', times: 'B 09:02, C 10:02' },
    { id: 'B10', route: 'OUT', times: 'B 09:10, C 10:10' },
    { id: 'X3', times: 'X 09:03, C 09:50' },
  ],
};

describe('A08 transfers.txt', () => {
  it('without rules: minTransfer (5 min) at B, no walk to X', () => {
    expect(route(undefined)).toEqual(['08:00 A –IN→ 09:00 B | 09:10 B –B10→ 10:10 C']);
  });
  it('type 2 at the same stop overrides minTransfer', () => {
    expect(route([{ from: 'B', to: 'B', type: 2, minTime: 120 }])).toEqual([
      '08:00 A –IN→ 09:00 B | 09:02 B –B2→ 10:02 C',
    ]);
  });
  it('type 2 between different stops is a walk of min_transfer_time', () => {
    expect(route([{ from: 'B', to: 'X', type: 2, minTime: 180 }])).toEqual([
      '08:00 A –IN→ 09:00 B | walk B→X 180s | 09:03 X –X3→ 09:50 C',
    ]);
  });
  it('the walk is one-directional as transfers.txt says', () => {
    expect(route([{ from: 'X', to: 'B', type: 2, minTime: 180 }])).toEqual([
      '08:00 A –IN→ 09:00 B | 09:10 B –B10→ 10:10 C',
    ]);
  });
  it('type 1 (timed) takes 0 minutes', () => {
    expect(route([{ from: 'B', to: 'B', type: 1 }])).toEqual(['08:00 A –IN→ 09:00 B | 09:01 B –B1→ 10:01 C']);
  });
  it('type 3 forbids the transfer', () => {
    expect(route([{ from: 'B', to: 'B', type: 3 }])).toEqual([]);
  });
});

function route(transfers: TimetableSpec['transfers']): string[] {
  return plan(buildTimetable({ ...base, transfers }), { from: 'A', to: 'C', time: '07:00' });
}
