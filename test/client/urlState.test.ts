import { describe, expect, it } from 'vitest';
import { parseUrlState, sameSearch, serializeUrlState } from '../../client/state/urlState.ts';

describe('URL state', () => {
  it('round-trips a full view in a canonical order', () => {
    const q =
      '?from=smolensk&to=vitebsk&date=2026-04-03&time=06:30&arriveBy=1&maxTransfers=2&j=2026-04-03T07%3A00%7Et1&feed=corridor-2026-plan&lang=ru';
    const s = parseUrlState(q);
    expect(s).toEqual({
      from: 'smolensk',
      to: 'vitebsk',
      date: '2026-04-03',
      time: '06:30',
      arriveBy: true,
      maxTransfers: 2,
      journey: '2026-04-03T07:00~t1',
      lang: 'ru',
      feed: 'corridor-2026-plan',
      board: undefined,
    });
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
  });

  it('omits defaults and empty values', () => {
    expect(serializeUrlState({ arriveBy: false, maxTransfers: 5 })).toBe('');
    expect(serializeUrlState({ from: 'orsha', arriveBy: false, maxTransfers: 5, lang: 'be' })).toBe(
      '?from=orsha&lang=be',
    );
  });

  it('ignores malformed parameters instead of failing', () => {
    const s = parseUrlState('?date=2026-13&time=25:00&lang=de&maxTransfers=99&from=');
    expect(s).toEqual({
      arriveBy: false,
      maxTransfers: 5,
      from: undefined,
      to: undefined,
      date: undefined,
      time: undefined,
      journey: undefined,
      lang: undefined,
      feed: undefined,
      board: undefined,
    });
  });

  it('compares the search part only', () => {
    const a = parseUrlState('?from=a&to=b&date=2026-04-03&time=06:30');
    expect(sameSearch(a, { ...a, journey: 'x', lang: 'ru', board: 'orsha' })).toBe(true);
    expect(sameSearch(a, { ...a, time: '06:31' })).toBe(false);
  });
});
