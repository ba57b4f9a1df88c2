import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan, planJourneys } from '../util/plan.ts';

/**
 * Walks at both ends (OpenTripPlanner's MMRI test 2c): from platform 2c1 of one station to platform
 * 2c3 of another, the train changes at 2c2; a bus leaves the first station's other platform 2c4
 * (transfers.txt: 60 s from 2c1) and arrives at the second's 2c5 (60 s to 2c3). Walks at the ends are
 * not transfers: walk–bus–walk has none. And stops of different stations 29 m apart with no
 * transfers.txt row get a generated walk (× 1.3 at 4.5 km/h: 31 s).
 */
const mmri = buildTimetable({
  stops: [
    { id: 'P14', lat: 12.301, lon: 2.3005 },
    { id: 'P25', lat: 12.303, lon: 2.3005 },
    { id: '2c1', parent: 'P14', lat: 12.301, lon: 2.3 },
    { id: '2c2', lat: 12.302, lon: 2.31 },
    { id: '2c3', parent: 'P25', lat: 12.303, lon: 2.3 },
    { id: '2c4', parent: 'P14', lat: 12.301, lon: 2.301 },
    { id: '2c5', parent: 'P25', lat: 12.303, lon: 2.301 },
  ],
  trips: [
    { id: 'train1', times: '2c1 00:01, 2c2 00:02' },
    { id: 'train2', times: '2c2 00:03, 2c3 00:04' },
    { id: 'bus', times: '2c4 00:02, 2c5 00:06' },
  ],
  transfers: [
    { from: '2c1', to: '2c4', type: 2, minTime: 60 },
    { from: '2c5', to: '2c3', type: 2, minTime: 60 },
  ],
});

describe('A22 walks at both ends', () => {
  it('MMRI 2c: the trains with one change, and walk–bus–walk with none', () => {
    expect(plan(mmri, { from: '2c1', to: '2c3', time: '00:00', minTransferSeconds: 0 })).toEqual([
      'walk 2c1→2c4 60s | 00:02 2c4 –bus→ 00:06 2c5 | walk 2c5→2c3 60s',
      '00:01 2c1 –train1→ 00:02 2c2 | 00:03 2c2 –train2→ 00:04 2c3',
    ]);
    const [walkBusWalk] = planJourneys(mmri, {
      from: '2c1',
      to: '2c3',
      time: '00:00',
      minTransferSeconds: 0,
    });
    expect(walkBusWalk.transfers).toBe(0);
    expect(walkBusWalk.arrival - walkBusWalk.departure).toBe(6 * 60);
  });

  const near = buildTimetable({
    // A and A2 are different stations 29 m apart (0.00026° of latitude); no transfers.txt row.
    stops: [
      { id: 'A', lat: 50, lon: 10 },
      { id: 'A2', lat: 50.00026, lon: 10 },
      { id: 'B', lat: 50.1, lon: 10.1 },
      { id: 'C', lat: 50.2, lon: 10.2 },
    ],
    trips: [
      { id: 'T', times: 'A2 08:00, B 09:00' },
      { id: 'U', times: 'B 09:30, A 10:30' },
      { id: 'V', times: 'C 07:00, A 07:30' },
      { id: 'W', times: 'A2 07:33, B 08:30' },
    ],
  });

  it('a stop 29 m away is walked to at the start and from at the end', () => {
    expect(plan(near, { from: 'A', to: 'B', time: '07:55' })).toEqual([
      'walk A→A2 31s | 08:00 A2 –T→ 09:00 B',
    ]);
    expect(plan(near, { from: 'B', to: 'A2', time: '09:00' })).toEqual([
      '09:30 B –U→ 10:30 A | walk A→A2 31s',
    ]);
  });

  it('changing there takes minTransfer, or the walk when it is longer', () => {
    expect(plan(near, { from: 'C', to: 'B', time: '06:00', minTransferSeconds: 0 })).toEqual([
      '07:00 C –V→ 07:30 A | walk A→A2 31s | 07:33 A2 –W→ 08:30 B',
    ]);
    expect(plan(near, { from: 'C', to: 'B', time: '06:00' })).toEqual([
      '07:00 C –V→ 07:30 A | walk A→A2 300s | 08:00 A2 –T→ 09:00 B',
    ]);
  });
});

describe('A22 generated walks anywhere on the globe', () => {
  // New York's longitudes: two stops 370 m apart diagonally (an east-west scale taken per stop's own
  // latitude once missed such pairs, 400 m being a small fraction of 74° of longitude).
  const nyc = buildTimetable({
    stops: [
      { id: 'X', lat: 40.75, lon: -73.99 },
      { id: 'Y', lat: 40.7525, lon: -73.9871 },
      { id: 'Z', lat: 40.9, lon: -73.8 },
    ],
    trips: [{ id: 'T', times: 'Y 08:00, Z 09:00' }],
  });

  it('walks to a stop 370 m away at 74° west, from a stop no train calls at', () => {
    expect(plan(nyc, { from: 'X', to: 'Z', time: '07:30' })).toEqual(['walk X→Y 385s | 08:00 Y –T→ 09:00 Z']);
  });
});
