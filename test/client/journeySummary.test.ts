import { describe, expect, it } from 'vitest';
import { changesLabel, journeyKey, journeyTimes, trainNames } from '../../client/format/journeySummary.ts';
import { changeJourney, directJourney } from './fixtures/journeys.ts';

describe('journey summary', () => {
  it('names trains by number, else by route', () => {
    expect(trainNames(changeJourney)).toEqual(['6191', 'Osinovka — Orsha-Tsentralnaya']);
    expect(trainNames(directJourney)).toEqual(['Smolensk — Vitebsk']);
  });

  it('labels changes in each language', () => {
    expect(changesLabel('en', 0)).toBe('direct');
    expect(changesLabel('en', 1)).toBe('1 change');
    expect(changesLabel('ru', 2)).toBe('пересадок: 2');
  });

  it('keys a journey by departure minute and trips, independent of names', () => {
    expect(journeyKey(changeJourney)).toBe('2024-08-01T08:25~t2024_6191+t2024_osinovka_orsha_am');
  });

  it('collects every printed time', () => {
    expect(journeyTimes(directJourney)).toContain('2026-04-03T08:05:00+03:00');
  });
});
