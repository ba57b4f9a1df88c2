import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan, planJourneys } from '../util/plan.ts';

/**
 * A through train: trips T1 and T2 share block_id X, T2 leaving B two minutes after T1 arrives.
 * Staying seated is not a transfer and needs no transfer time. T2 runs only on weekdays, so
 * on Saturday there is nothing to stay seated into.
 */
const tt = buildTimetable({
  stops: ['A', 'B', 'C'],
  services: { wk: { from: '2026-01-01', to: '2026-12-31', weekdays: '1111100' } },
  trips: [
    { id: 'T1', block: 'X', times: 'A 08:00, B 09:00' },
    { id: 'T2', block: 'X', service: 'wk', times: 'B 09:02, C 10:00' },
    { id: 'T3', block: 'Y', times: 'B 09:03, C 09:55' },
  ],
});

describe('A10 through trains (block_id)', () => {
  it('stays on board into the next trip of the block without a transfer', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '07:00', maxTransfers: 0 })).toEqual([
      '08:00 A –T1→ 09:00 B | = B –T2→ 10:00 C',
    ]);
    const [j] = planJourneys(tt, { from: 'A', to: 'C', time: '07:00' });
    expect(j.transfers).toBe(0);
  });

  it('does not stay on when the continuation does not run that day', () => {
    expect(plan(tt, { from: 'A', to: 'C', date: '2026-04-04', time: '07:00', maxTransfers: 0 })).toEqual([]);
  });

  it('a different block is an ordinary transfer needing minTransfer', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '07:00', minTransferSeconds: 120 })).toEqual([
      '08:00 A –T1→ 09:00 B | = B –T2→ 10:00 C',
      '08:00 A –T1→ 09:00 B | 09:03 B –T3→ 09:55 C',
    ]);
  });

  it('works in arrive-by searches too', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '10:00', arriveBy: true, maxTransfers: 0 })).toEqual([
      '08:00 A –T1→ 09:00 B | = B –T2→ 10:00 C',
    ]);
  });
});
