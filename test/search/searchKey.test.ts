import { describe, expect, it } from 'vitest';
import { searchKey } from '../../server/search/searchKey.ts';

describe('searchKey', () => {
  it.each([
    ['Орша-Центральная', 'Orsha-Tsentralnaya'],
    ['Орша-Цэнтральная', 'orsha tsentralnaya'],
    ['Смоленск-Центральный', 'Smolensk-Tsentralny'],
    ['Красное', 'Krasnoye'],
    ['Киреёво', 'Kireyevo'],
    ['Городнянский', 'Gorodnyansky'],
    ['Юрцево', 'Yurtsevo'],
    ['Лучёса', 'Luchesa'],
    ['Zürich HB', 'zurich hb'],
    ['São Bento', 'SAO BENTO'],
  ])('%s and %s share a key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it('keeps different names apart', () => {
    expect(searchKey('Орша')).not.toBe(searchKey('Осиновка'));
    expect(searchKey('Витебск')).toBe('vitebsk');
  });
});
