import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../client/format/formatDuration.ts';
import { nowIn, shiftLocal } from '../../client/format/localClock.ts';

describe('formatDuration', () => {
  it('prints hours and zero-padded minutes in each language', () => {
    expect(formatDuration('en', 7740)).toBe('2 h 09 min');
    expect(formatDuration('ru', 7740)).toBe('2 ч 09 мин');
    expect(formatDuration('be', 7740)).toBe('2 г 09 хв');
  });

  it('prints minutes alone under an hour and rounds to the minute', () => {
    expect(formatDuration('en', 16 * 60 + 29)).toBe('16 min');
    expect(formatDuration('en', 0)).toBe('0 min');
  });
});

describe('nowIn and shiftLocal', () => {
  it('gives the wall clock in the origin’s zone', () => {
    const at = new Date('2026-04-02T21:30:00Z');
    expect(nowIn('Europe/Moscow', at)).toEqual({ date: '2026-04-03', time: '00:30' });
    expect(nowIn('UTC', at)).toEqual({ date: '2026-04-02', time: '21:30' });
  });

  it('moves across midnight both ways', () => {
    expect(shiftLocal({ date: '2026-04-02', time: '23:30' }, 45)).toEqual({
      date: '2026-04-03',
      time: '00:15',
    });
    expect(shiftLocal({ date: '2026-04-02', time: '01:00' }, -180)).toEqual({
      date: '2026-04-01',
      time: '22:00',
    });
  });
});
