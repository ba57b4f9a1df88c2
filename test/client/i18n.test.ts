import { describe, expect, it } from 'vitest';
import { be } from '../../client/i18n/be.ts';
import { en } from '../../client/i18n/en.ts';
import { ru } from '../../client/i18n/ru.ts';
import { countryName, pickLang, t } from '../../client/i18n/t.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('translates every key with the same placeholders', () => {
    for (const cat of [ru, be]) {
      expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(cat[key]), key).toEqual(placeholders(en[key]));
        expect(cat[key].trim(), key).not.toBe('');
      }
    }
  });

  it('fills placeholders as plain text', () => {
    expect(t('en', 'details.change', { stop: '<b>Osinovka</b>', duration: '16 min' })).toBe(
      'Change at <b>Osinovka</b>: 16 min',
    );
  });

  it('picks the first supported browser language', () => {
    expect(pickLang(['de-DE', 'be-BY', 'ru'])).toBe('be');
    expect(pickLang(['ru-RU'])).toBe('ru');
    expect(pickLang(['fr'])).toBe('en');
  });

  it('names the corridor countries in each language', () => {
    expect(countryName('ru', 'BY')).toBe('Беларусь');
    expect(countryName('be', 'RU')).toBe('Расія');
    expect(countryName('en', '')).toBe('unknown country');
  });
});
