import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * Stations with platforms (parent_station): a station as origin or destination means any of its
 * platforms, and so does one of its platforms (the rider walks to the others: no time where
 * transfers.txt gives none); changing platforms inside a station takes minTransfer, like staying at
 * one platform.
 */
const tt = buildTimetable({
  stops: [
    'ORIG',
    { id: 'ORIG:1', parent: 'ORIG' },
    { id: 'ORIG:2', parent: 'ORIG' },
    'HUB',
    { id: 'HUB:1', parent: 'HUB' },
    { id: 'HUB:2', parent: 'HUB' },
    'DEST',
    { id: 'DEST:1', parent: 'DEST' },
    { id: 'DEST:2', parent: 'DEST' },
  ],
  trips: [
    { id: 'P1', times: 'ORIG:1 08:00, HUB:1 09:00' },
    { id: 'P2', times: 'ORIG:2 08:30, HUB:1 09:30' },
    { id: 'Q4', times: 'HUB:2 09:04, DEST:2 10:00' },
    { id: 'Q6', times: 'HUB:2 09:06, DEST:1 10:10' },
    { id: 'Q40', times: 'HUB:2 09:40, DEST:2 10:30' },
  ],
});

describe('A07 parent stations', () => {
  it('routes from a station over any platform to a station, changing platforms with minTransfer', () => {
    expect(plan(tt, { from: 'ORIG', to: 'DEST', time: '07:00' })).toEqual([
      '08:00 ORIG:1 –P1→ 09:00 HUB:1 | walk HUB:1→HUB:2 300s | 09:06 HUB:2 –Q6→ 10:10 DEST:1',
    ]);
  });

  it("a platform as destination includes its station's other platforms", () => {
    expect(plan(tt, { from: 'ORIG', to: 'DEST:2', time: '07:00' })).toEqual([
      '08:00 ORIG:1 –P1→ 09:00 HUB:1 | walk HUB:1→HUB:2 300s | 09:06 HUB:2 –Q6→ 10:10 DEST:1 | walk DEST:1→DEST:2 0s',
    ]);
  });

  it("a platform as origin includes its station's other platforms", () => {
    expect(plan(tt, { from: 'ORIG:2', to: 'DEST', time: '07:00' })).toEqual([
      'walk ORIG:2→ORIG:1 0s | 08:00 ORIG:1 –P1→ 09:00 HUB:1 | walk HUB:1→HUB:2 300s | 09:06 HUB:2 –Q6→ 10:10 DEST:1',
    ]);
  });

  it('finds no journey from a station to itself or one of its platforms', () => {
    expect(plan(tt, { from: 'HUB', to: 'HUB:2', time: '07:00' })).toEqual([]);
    expect(plan(tt, { from: 'ORIG:1', to: 'ORIG:1', time: '07:00' })).toEqual([]);
  });

  it('platform changes follow the minTransfer option', () => {
    expect(plan(tt, { from: 'ORIG', to: 'DEST', time: '07:00', minTransferSeconds: 240 })).toEqual([
      '08:00 ORIG:1 –P1→ 09:00 HUB:1 | walk HUB:1→HUB:2 240s | 09:04 HUB:2 –Q4→ 10:00 DEST:2',
    ]);
  });
});
