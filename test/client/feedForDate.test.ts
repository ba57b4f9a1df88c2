import { describe, expect, it } from 'vitest';
import { feedForDate } from '../../client/state/feedForDate.ts';

const feeds = {
  default: 'corridor-2026-plan',
  feeds: [
    { id: 'corridor-2024', serviceFrom: '2024-08-01', serviceTo: '2025-07-31' },
    { id: 'corridor-2026-plan', serviceFrom: '2026-04-02', serviceTo: '2027-04-01' },
  ],
};

describe('feedForDate', () => {
  it('keeps the default feed on its own dates', () => {
    expect(feedForDate(feeds, '2026-04-03')).toBe('corridor-2026-plan');
  });

  it('finds the feed that runs on an older date', () => {
    expect(feedForDate(feeds, '2024-08-01')).toBe('corridor-2024');
  });

  it('falls back to the default between feeds, and to the server without a list', () => {
    expect(feedForDate(feeds, '2025-12-01')).toBe('corridor-2026-plan');
    expect(feedForDate(undefined, '2025-12-01')).toBeUndefined();
  });
});
