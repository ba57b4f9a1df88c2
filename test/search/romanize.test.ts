import { describe, expect, it } from 'vitest';
import {
  beNational,
  bgnBe,
  bgnRu,
  german,
  iso9,
  lacinka,
  polish,
} from '../../server/search/cyrillicSystems.ts';
import { romanizations, romanize } from '../../server/search/romanize.ts';

describe('romanize: each system gives the spellings its users write', () => {
  it.each([
    // Forms published for these places (Wikipedia, the Belarusian names register, exonym lists).
    [bgnRu, 'Красное', 'Krasnoye'],
    [bgnRu, 'Смоленск-Центральный', 'Smolensk-Tsentralnyy'],
    [bgnRu, 'Ёлкино', 'Yëlkino'],
    [bgnRu, 'Щучье', 'Shchuchye'],
    [bgnBe, 'Віцебск', 'Vitsyebsk'],
    [bgnBe, 'Магілёў', 'Mahilyow'],
    [bgnBe, 'Гомель', 'Homyel'],
    [iso9, 'Орша', 'Orša'],
    [iso9, 'Центральный', 'Centralnyj'],
    [iso9, 'Щучье', 'Ŝuče'],
    [beNational, 'Віцебск', 'Viciebsk'],
    [beNational, 'Багушэўская', 'Bahušeŭskaja'],
    [beNational, 'Лёзна', 'Liozna'],
    [beNational, 'Гомель', 'Homieĺ'],
    [lacinka, 'Асінаўка', 'Asinaŭka'],
    [lacinka, 'Лёзна', 'Lozna'],
    [lacinka, 'Магілёў', 'Mahiloŭ'],
    [lacinka, 'Смаленск', 'Smalensk'],
    [polish, 'Орша', 'Orsza'],
    [polish, 'Красное', 'Krasnoje'],
    [polish, 'Лучёса', 'Łuczosa'],
    [polish, 'Жуковский', 'Żukowskij'],
    [german, 'Витебск', 'Witebsk'],
    [german, 'Орша-Центральная', 'Orscha-Zentralnaja'],
    [german, 'Щучье', 'Schtschutschje'],
  ])('%s: %s → %s', (system, cyrillic, latin) => {
    expect(romanize(cyrillic, system)).toBe(latin);
  });

  it('keeps what is not Cyrillic (digits, Latin, punctuation)', () => {
    expect(romanize('430 км', iso9)).toBe('430 km');
    expect(romanize('Дачная II', bgnRu)).toBe('Dachnaya II');
  });

  it('romanizations lists every distinct spelling, none for a Latin name', () => {
    const all = romanizations('Витебск');
    expect(all).toEqual(expect.arrayContaining(['Vitebsk', 'Witebsk', 'Vitiebsk']));
    expect(new Set(all).size).toBe(all.length);
    expect(romanizations('Berlin Hbf')).toEqual([]);
  });
});
