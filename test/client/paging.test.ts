import { describe, expect, it } from 'vitest';
import { keyDeparture, mergeJourneys } from '../../client/state/paging.ts';
import { changeJourney, directJourney } from './fixtures/journeys.ts';

describe('paging', () => {
  it('merges pages without duplicates, by departure', () => {
    expect(mergeJourneys([directJourney], [changeJourney, directJourney])).toEqual([
      changeJourney,
      directJourney,
    ]);
  });

  it('reads the departure back from a key', () => {
    expect(keyDeparture('2026-04-03T07:00~t1+t2')).toEqual({ date: '2026-04-03', time: '07:00' });
    expect(keyDeparture('nonsense')).toBeUndefined();
  });
});
