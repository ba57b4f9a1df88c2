import { describe, expect, it } from 'vitest';
import { deriveSpeed, estimateStopTimes } from '../../scripts/corridor/estimateTimes.ts';
import { parseAnchor } from '../../scripts/corridor/loadSources.ts';

const stops = [
  { stopId: 'a', km: 0 },
  { stopId: 'b', km: 10 },
  { stopId: 'c', km: 30 },
  { stopId: 'd', km: 40 },
];
const at = (...texts: string[]) => texts.map(parseAnchor);
const hhmm = (t: number) =>
  `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String((t / 60) % 60).padStart(2, '0')}`;
const show = (r: ReturnType<typeof estimateStopTimes>) =>
  r.map((x) => `${x.stopId} ${hhmm(x.arrival)}-${hhmm(x.departure)} ${x.timepoint} ${x.basis}`);

describe('deriveSpeed', () => {
  it('takes the dwells out of the run time: 40 km in 62 min with 2 stops of 1 min = 40 km/h', () => {
    expect(deriveSpeed(stops, 8 * 3600, 8 * 3600 + 62 * 60, 60) * 3600).toBeCloseTo(40);
  });
});

describe('estimateStopTimes', () => {
  const v = 40 / 3600; // km/s

  it('keeps published end times and spreads the rest by distance', () => {
    const r = estimateStopTimes(stops, at('a dep 08:00 published', 'd arr 09:02 published'), v, 60);
    expect(show(r)).toEqual([
      'a 08:00-08:00 1 published',
      'b 08:15-08:16 0 interpolated',
      'c 08:46-08:47 0 interpolated',
      'd 09:02-09:02 1 published',
    ]);
  });

  it('runs on at the given speed after the last given time; an estimated anchor has timepoint 0', () => {
    const r = estimateStopTimes(stops, at('a dep 08:00 estimated'), v, 60);
    expect(show(r)).toEqual([
      'a 08:00-08:00 0 anchor',
      'b 08:15-08:16 0 extrapolated',
      'c 08:46-08:47 0 extrapolated',
      'd 09:02-09:02 0 extrapolated',
    ]);
  });

  it('runs backwards from an arrival given at the end', () => {
    const r = estimateStopTimes(stops, at('d arr 09:02 estimated'), v, 60);
    expect(show(r)[0]).toBe('a 08:00-08:00 0 extrapolated');
  });

  it('rejects times that leave no running time, or a stop the trip does not serve', () => {
    expect(() =>
      estimateStopTimes(stops, at('a dep 08:00 published', 'd arr 08:01 published'), v, 60),
    ).toThrow(/no running time/);
    expect(() => estimateStopTimes(stops, at('x dep 08:00 published'), v, 60)).toThrow(/does not serve/);
    expect(() => parseAnchor('a departs 08:00')).toThrow(/bad time entry/);
  });
});
