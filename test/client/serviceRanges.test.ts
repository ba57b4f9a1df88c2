import { describe, expect, it } from 'vitest';
import { covered, nearestCovered, serviceRanges } from '../../client/state/serviceRanges.ts';

const feeds = [
  { serviceFrom: '2026-04-02', serviceTo: '2027-04-01' },
  { serviceFrom: '2024-08-01', serviceTo: '2025-07-31' },
  { serviceFrom: '2025-08-01', serviceTo: '2025-09-30' },
  { serviceFrom: null, serviceTo: null },
];

describe('service ranges', () => {
  it('joins touching spans and sorts them', () => {
    expect(serviceRanges(feeds)).toEqual([
      { from: '2024-08-01', to: '2025-09-30' },
      { from: '2026-04-02', to: '2027-04-01' },
    ]);
  });

  it('offers the first covered day after a gap, else the last covered day', () => {
    const r = serviceRanges(feeds);
    expect(covered(r, '2026-01-15')).toBe(false);
    expect(nearestCovered(r, '2026-01-15')).toBe('2026-04-02');
    expect(nearestCovered(r, '2028-01-01')).toBe('2027-04-01');
    expect(nearestCovered(r, '2026-05-01')).toBeUndefined();
    expect(nearestCovered([], '2026-05-01')).toBeUndefined();
  });
});
