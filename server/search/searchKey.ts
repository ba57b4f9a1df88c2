/** Cyrillic (Russian and Belarusian) to Latin, as travellers type names (close to BGN/PCGN). */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ў: 'u',
  ґ: 'g',
  є: 'ye',
  ї: 'yi',
};

/** Latin letters that do not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ŀ: 'l',
};

/**
 * Reduces a name or a query to a search key: case and accents folded (`Orša` -> `orsa`, `Łoźna` ->
 * `lozna`), Cyrillic transliterated, and the spellings that transliteration systems disagree on
 * merged (`Krasnoye`/`Красное` -> `krasnoe`, `Tsentralny`/`Центральный` -> `tsentraly`...).
 * Apostrophes and primes (soft signs in romanisations) vanish; other non-letters become single spaces.
 */
export function searchKey(text: string): string {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\p{M}'’ʼʹʺ`´]/gu, '');
  let out = '';
  for (const ch of folded) out += CYRILLIC[ch] ?? UNDECOMPOSED[ch] ?? ch;
  return out
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/([aeiou])y([aeiou])/g, '$1$2') // Krasnoye, Kireyevo -> krasnoe, kireevo (е after a vowel)
    .replace(/(?:ii|yi|iy|y)(?=\s|$)/g, 'y') // -ий/-ый endings: Gorodnyansky, Tsentralny
    .replace(/j/g, 'i')
    .trim();
}
