import { describe, expect, it } from 'vitest';
import { generalizedCost, withinCostLimit } from '../../../server/engine/query/costLimit.ts';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * The cost limit (after OpenTripPlanner's transitGeneralizedCostLimit): Rudnya (R) → Smolensk (S) in
 * the 2026 plan. The direct train leaves R at 08:37 towards Vitebsk (V) and at 18:37 towards S; the
 * 08:37 rides to V, waits five hours, goes on to Orsha (O) and back into Russia, arriving at 20:01,
 * twelve minutes before the 18:37 direct. No other journey beats it in departure, arrival and changes,
 * but a traveller would laugh at it: 11 h 24 min and two changes for 1 h 36 min direct.
 */
const tt = buildTimetable({
  stops: ['S', 'R', 'V', 'O'],
  trips: [
    { id: 'TO_V', route: 'SV', times: 'R 08:37, V 10:13' },
    { id: 'V_O', route: 'VO', times: 'V 15:30, O 17:21' },
    { id: 'O_S', route: 'OS', times: 'O 17:30, S 20:01' },
    { id: 'TO_S', route: 'VS', times: 'R 18:37, S 20:13' },
  ],
});

describe('A23 cost limit', () => {
  it('a depart-after page offers the direct trains, not the day-long detour through two changes', () => {
    expect(plan(tt, { from: 'R', to: 'S', time: '18:00', count: 3 })).toEqual([
      '18:37 R –TO_S→ 20:13 S',
      '18:37+1d R –TO_S→ 20:13+1d S',
    ]);
  });

  it('a range over the day, and a plain depart-after before 08:37, keep the direct train only', () => {
    expect(plan(tt, { from: 'R', to: 'S', time: '00:00', windowMinutes: 1439 })).toEqual([
      '18:37 R –TO_S→ 20:13 S',
    ]);
    expect(plan(tt, { from: 'R', to: 'S', time: '08:00' })).toEqual(['18:37 R –TO_S→ 20:13 S']);
  });

  it('drops a costlier journey with more changes near in time, never a slow direct train or one days apart', () => {
    const h = 3600;
    const direct = { departure: 10 * h, arrival: 14 * h, transfers: 0 };
    const fastChange = { departure: 10 * h, arrival: 11 * h, transfers: 1 };
    // A slow direct train beside a fast change: both stay (one may prefer to stay seated).
    expect(withinCostLimit([direct, fastChange])).toEqual([direct, fastChange]);
    // A change journey 4 h 30 longer than a direct train leaving an hour later: dropped.
    const detour = { departure: 9 * h, arrival: 15 * h + 30 * 60, transfers: 1 };
    const soon = { departure: 10 * h, arrival: 11 * h, transfers: 0 };
    expect(withinCostLimit([detour, soon])).toEqual([soon]);
    // The same detour beside a direct train three days later: kept (0.4 s allowed per second apart).
    const later = { departure: 81 * h, arrival: 82 * h, transfers: 0 };
    expect(withinCostLimit([detour, later])).toEqual([detour, later]);
    expect(generalizedCost(detour)).toBe(6.5 * h + 600);
  });
});
