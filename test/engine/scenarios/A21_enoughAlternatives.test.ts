import { describe, expect, it } from 'vitest';
import { resolveStopOrStation } from '../../../server/engine/query/resolveStopOrStation.ts';
import { Router } from '../../../server/engine/Router.ts';
import { buildTimetable } from '../util/buildTimetable.ts';
import { describeJourney } from '../util/describeJourney.ts';
import { journeyView } from '../util/legView.ts';
import { plan } from '../util/plan.ts';

/**
 * Enough alternatives: a page of at least `count` journeys in departure order where the next 24 h have
 * them (OpenTripPlanner's numItineraries), with cursors to the pages before and after it. Direct
 * trains A → C at 07:00, 10:00, 13:00, 16:00; a faster pair of trains with a change at B at 07:30.
 */
const tt = buildTimetable({
  stops: ['A', 'B', 'C'],
  trips: [
    ...[7, 10, 13, 16].map((h) => ({
      id: `D${h}`,
      route: 'D',
      times: `A ${h}:00, C ${h + 3}:00`.replace(/^A (\d):/, 'A 0$1:'),
    })),
    { id: 'F', times: 'A 07:30, B 08:00' },
    { id: 'G', times: 'B 08:10, C 09:00' },
  ],
});

describe('A21 enough alternatives', () => {
  it('one journey alone answers a plain depart-after at 06:00 for each number of transfers', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '06:00' })).toEqual([
      '07:00 A –D7→ 10:00 C',
      '07:30 A –F→ 08:00 B | 08:10 B –G→ 09:00 C',
    ]);
  });

  it('count 3 gives three journeys or more, in departure order', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '06:00', count: 3 })).toEqual([
      '07:00 A –D7→ 10:00 C',
      '07:30 A –F→ 08:00 B | 08:10 B –G→ 09:00 C',
      '10:00 A –D10→ 13:00 C',
    ]);
  });

  it('the later cursor continues after the page, the earlier one goes back before it', () => {
    const router = new Router(tt);
    const q = {
      from: resolveStopOrStation(tt, 'A'),
      to: resolveStopOrStation(tt, 'C'),
      date: '2026-04-01',
      time: 6 * 3600,
      count: 3,
    };
    const show = (js: ReturnType<Router['plan']>) =>
      js.map((j) => describeJourney(journeyView(tt, j), '2026-04-01'));
    const first = router.page(q);
    const later = router.page({ ...q, cursor: first.later });
    expect(show(later.journeys)).toEqual([
      '13:00 A –D13→ 16:00 C',
      '16:00 A –D16→ 19:00 C',
      '07:00+1d A –D7→ 10:00+1d C',
    ]);
    const back = router.page({ ...q, cursor: later.earlier });
    expect(show(back.journeys)).toEqual([
      '07:00 A –D7→ 10:00 C',
      '07:30 A –F→ 08:00 B | 08:10 B –G→ 09:00 C',
      '10:00 A –D10→ 13:00 C',
    ]);
  });

  it('arrive-by pages too: at least count journeys arriving by the time', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '19:00', arriveBy: true, count: 3 })).toEqual([
      '10:00 A –D10→ 13:00 C',
      '13:00 A –D13→ 16:00 C',
      '16:00 A –D16→ 19:00 C',
    ]);
  });
});
