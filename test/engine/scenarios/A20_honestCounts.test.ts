import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * Honest transfer counts (Caltrain 2018's Broadway, served on weekends only): from Sunnyvale (S) on a
 * Tuesday at 09:45 the only train to Broadway (B) is Saturday's 07:14; the local to Millbrae (M) runs
 * every hour and Saturday's train calls at Millbrae too. The answer for one change leaves within 24 h;
 * Saturday's direct train, 93 h later, is its own journey, never the answer "0 transfers" for Tuesday.
 */
const tt = buildTimetable({
  stops: ['S', 'M', 'B'],
  services: { sat: { from: '2026-01-01', to: '2026-12-31', weekdays: '0000010' } },
  trips: [
    ...Array.from({ length: 14 }, (_, h) => ({
      id: `L${h + 6}`,
      route: 'LOCAL',
      times: `S ${String(h + 6).padStart(2, '0')}:50, M ${String(h + 7).padStart(2, '0')}:20`,
    })),
    { id: 'SAT', service: 'sat', times: 'S 07:14, M 07:40, B 07:50' },
  ],
});

describe('A20 honest counts past the 24 h', () => {
  it('the one-change answer leaves within the 24 h; Saturday’s direct train is offered beside it', () => {
    // 2026-03-31 is a Tuesday.
    expect(plan(tt, { from: 'S', to: 'B', date: '2026-03-31', time: '09:45' })).toEqual([
      '08:50+1d S –L8→ 09:20+1d M | 07:40+4d M –SAT→ 07:50+4d B',
      '07:14+4d S –SAT→ 07:50+4d B',
    ]);
  });

  it('the direct train is never reported with Tuesday’s departure', () => {
    for (const j of plan(tt, { from: 'S', to: 'B', date: '2026-03-31', time: '09:45' }))
      if (!j.includes('L')) expect(j.startsWith('07:14+4d')).toBe(true);
  });
});
