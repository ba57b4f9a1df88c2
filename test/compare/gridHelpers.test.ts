import { describe, expect, it } from 'vitest';
import { mergeStationOrder } from '../../server/compare/grid/mergeStationOrder.ts';
import { operatingDaysNote } from '../../server/timetable/operatingDays.ts';

describe('operating-day notes', () => {
  it('reads like a printed timetable', () => {
    const bits = (...days: number[]) => days.reduce((m, d) => m | (1 << d), 0);
    expect(operatingDaysNote(0x7f)).toBe('daily');
    expect(operatingDaysNote(bits(4, 6))).toBe('Fri, Sun');
    expect(operatingDaysNote(bits(0, 1, 2, 3, 4))).toBe('Mon–Fri');
    expect(operatingDaysNote(bits(0, 1, 3))).toBe('Mon, Tue, Thu');
    expect(operatingDaysNote(bits(4, 5, 6, 0))).toBe('Mon, Fri–Sun');
    expect(operatingDaysNote(0)).toBe('');
  });
});

describe('station order of a printed timetable', () => {
  it('merges an express, a stopping train and a connection via a branch', () => {
    expect(
      mergeStationOrder([
        ['A', 'C', 'E'],
        ['A', 'B', 'C', 'D', 'E'],
        ['A', 'X', 'Y', 'E'],
      ]),
    ).toEqual(['A', 'B', 'C', 'D', 'X', 'Y', 'E']);
  });
  it('falls back to first appearance when sequences contradict', () => {
    expect(
      mergeStationOrder([
        ['A', 'B', 'C'],
        ['A', 'C', 'B'],
      ]),
    ).toEqual(['A', 'B', 'C']);
  });
});
