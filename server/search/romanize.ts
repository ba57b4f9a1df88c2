import { CYRILLIC_SYSTEMS, type CyrillicSystem } from './cyrillicSystems.ts';

const VOWELS = new Set('аеёиоуыэюяіїєў');
/** After these an iotated vowel keeps its initial form (ye, je): signs, apostrophes, й and ў. */
const SEPARATORS = new Set(['ь', 'ъ', "'", 'ʼ', '’', 'й', 'ў']);
const HUSHING = new Set('жшчщц');
/** Vowels and the soft sign before which л is soft (Łacinka and Polish write l, not ł). */
const SOFTENING = new Set('еёюяіиь');
const CYRILLIC = /[\u0400-\u04ff]/;

/** Whether a string has any Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * `text` in one romanisation system (see cyrillicSystems.ts): Cyrillic letters replaced by their
 * Latin forms, with the context rules the system has (iotated vowels at the start of a word or after
 * a vowel, softened consonants); everything else kept. Capitals stay capitals.
 */
export function romanize(text: string, system: CyrillicSystem): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    const prev = i > 0 ? lower[i - 1] : '';
    const next = i + 1 < lower.length ? lower[i + 1] : '';
    let latin: string;
    const iot = system.iotated[c];
    const hushed = system.afterHushing?.[c];
    if (hushed !== undefined && HUSHING.has(prev)) latin = hushed;
    else if (iot) {
      const start = prev === '' || !CYRILLIC.test(prev) || VOWELS.has(prev) || SEPARATORS.has(prev);
      latin = start ? iot.start : iot.soft;
      if (!start && system.plainAfter?.includes(prev) && /^[ij]/.test(latin)) latin = latin.slice(1);
    } else if (system.softened?.[c] && next === 'ь') latin = system.softened[c];
    else if (c === 'л' && system.softL && SOFTENING.has(next)) latin = system.softL;
    else latin = system.letters[c] ?? text[i];
    if (latin && text[i] !== c) latin = latin[0].toUpperCase() + latin.slice(1);
    out += latin;
  }
  return out;
}

/**
 * Every common Latin spelling of a Cyrillic name (BGN/PCGN for Russian and Belarusian, ISO 9, the
 * Belarusian national system, Łacinka, Polish, German), without repeats; [] for a name with no
 * Cyrillic. Russian and Belarusian names both get every system: a traveller does not know which
 * language a feed wrote a name in.
 */
export function romanizations(name: string): string[] {
  if (!hasCyrillic(name)) return [];
  return [...new Set(CYRILLIC_SYSTEMS.map((s) => romanize(name, s)))];
}
