import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * A slow direct train and a faster pair of trains with one change at B: both are Pareto-optimal in
 * (arrival, transfers). An earlier feeder also makes the connection; the later one is reported.
 */
const tt = buildTimetable({
  stops: ['A', 'B', 'C'],
  trips: [
    { id: 'SLOW', times: 'A 08:00, C 12:00' },
    { id: 'F0', route: 'F', times: 'A 07:40, B 08:30' },
    { id: 'F1', route: 'F', times: 'A 08:10, B 09:00' },
    { id: 'G', times: 'B 09:10, C 10:00' },
  ],
});

describe('A02 Pareto set in (arrival, transfers)', () => {
  it('returns the direct train and the faster journey with one transfer', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '07:30' })).toEqual([
      '08:00 A –SLOW→ 12:00 C',
      '08:10 A –F1→ 09:00 B | 09:10 B –G→ 10:00 C',
    ]);
  });

  it('reports the latest departure that still makes the arrival', () => {
    const [, fast] = plan(tt, { from: 'A', to: 'C', time: '07:00' });
    expect(fast).toBe('08:10 A –F1→ 09:00 B | 09:10 B –G→ 10:00 C');
  });

  it('maxTransfers 0 keeps only direct trains', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '07:30', maxTransfers: 0 })).toEqual([
      '08:00 A –SLOW→ 12:00 C',
    ]);
  });

  it("keeps tomorrow's direct train (fewer transfers) next to today's connection", () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '08:05' })).toEqual([
      '08:00+1d A –SLOW→ 12:00+1d C',
      '08:10 A –F1→ 09:00 B | 09:10 B –G→ 10:00 C',
    ]);
  });

  it('needs minTransfer (default 5 min, a query option) at the same stop', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '07:30', minTransferSeconds: 11 * 60 })).toEqual([
      '08:00 A –SLOW→ 12:00 C',
      '07:40 A –F0→ 08:30 B | 09:10 B –G→ 10:00 C',
    ]);
  });
});
