import { describe, expect, it } from 'vitest';
import {
  beyondPage,
  earlierPage,
  keyDeparture,
  laterPage,
  mergeJourneys,
  SEARCH_WINDOW,
} from '../../client/state/paging.ts';
import { changeJourney, directJourney } from './fixtures/journeys.ts';

describe('paging', () => {
  it('asks for the next window one minute after the last departure', () => {
    expect(laterPage([directJourney], { date: '2026-04-03', time: '06:00' })).toEqual({
      date: '2026-04-03',
      time: '07:01',
      window: SEARCH_WINDOW,
      arriveBy: false,
    });
  });

  it('asks for the window before the first departure, across midnight', () => {
    const early = { ...directJourney, departure: '2026-04-03T01:00:00+03:00' };
    expect(earlierPage([early], { date: '2026-04-03', time: '06:00' })).toEqual({
      date: '2026-04-02',
      time: '19:00',
      window: SEARCH_WINDOW - 1,
      arriveBy: false,
    });
  });

  it('uses the search time when there are no journeys yet', () => {
    expect(laterPage([], { date: '2026-04-03', time: '06:00' }).time).toBe('12:00');
  });

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

  it('falls back to the next or previous single journey when a window is empty', () => {
    const at = { date: '2026-04-03', time: '06:00' };
    expect(beyondPage('later', [directJourney], at)).toEqual({
      date: '2026-04-03',
      time: '07:01',
      window: 0,
      arriveBy: false,
    });
    expect(beyondPage('earlier', [directJourney], at)).toEqual({
      date: '2026-04-03',
      time: '06:59',
      window: 0,
      arriveBy: true,
    });
    expect(beyondPage('earlier', [], at)).toEqual({
      date: '2026-04-03',
      time: '05:59',
      window: 0,
      arriveBy: true,
    });
  });
});
