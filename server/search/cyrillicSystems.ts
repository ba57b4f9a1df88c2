/**
 * Romanisation systems for Russian and Belarusian Cyrillic, as rule tables for `romanize`. Each names
 * the standard it follows; only what changes a search key is modelled (capitals, apostrophes and
 * BGN's disambiguating dots are left to the folding that follows).
 *
 * - `bgnRu`:   BGN/PCGN 1947 for Russian (Krasnoye, Tsentral'nyy, Yëlkino)
 * - `bgnBe`:   BGN/PCGN 1979 for Belarusian (Vitsyebsk, Mahilyow, Asinawka)
 * - `iso9`:    ISO 9:1995 / GOST 7.79 System A (Orša, Centralʹnyj, Ŝučʹe)
 * - `beNational`: the Belarusian national system of 2007, adopted by the UN in 2013 (Viciebsk, Liozna)
 * - `lacinka`: classic Belarusian Łacinka (Viciebsk, Łoźna → Lozna folded, Asinaŭka)
 * - `polish`:  Polish transcription (Orsza, Witiebsk, Krasnoje)
 * - `german`:  German (Duden) transcription (Orscha, Witebsk, Zentralnaja)
 */
export interface CyrillicSystem {
  name: string;
  /** Plain letter mappings (lower case). */
  letters: Record<string, string>;
  /**
   * The iotated vowels е ё ю я (and є ї): their form at the start of a word or after a vowel, soft
   * sign, hard sign, apostrophe, й or ў (`start`), and after a consonant (`soft`).
   */
  iotated: Record<string, { start: string; soft: string }>;
  /** Consonant + ь (or before a soft vowel, where the system marks softness on the consonant). */
  softened?: Record<string, string>;
  /** Consonants after which `soft` forms lose their leading `i`/`j` (Łacinka: ля → la, not lia). */
  plainAfter?: string;
  /** л before a soft vowel, where the system writes hard л differently (Łacinka and Polish: l, not ł). */
  softL?: string;
  /** Forms after hushing consonants (ж ш ч щ ц), where some systems write no softness. */
  afterHushing?: Record<string, string>;
}

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  д: 'd',
  к: 'k',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  т: 't',
  у: 'u',
  ф: 'f',
  ъ: '',
  ь: '',
  "'": '',
  ʼ: '',
  '’': '',
};

export const bgnRu: CyrillicSystem = {
  name: 'BGN/PCGN (Russian)',
  letters: {
    ...COMMON,
    в: 'v',
    г: 'g',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'y',
    л: 'l',
    с: 's',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ы: 'y',
    э: 'e',
    і: 'i',
    ў: 'w',
    ґ: 'g',
  },
  iotated: {
    е: { start: 'ye', soft: 'e' },
    ё: { start: 'yë', soft: 'ë' },
    ю: { start: 'yu', soft: 'yu' },
    я: { start: 'ya', soft: 'ya' },
  },
};

export const bgnBe: CyrillicSystem = {
  name: 'BGN/PCGN (Belarusian)',
  letters: { ...bgnRu.letters, г: 'h', и: 'i', ў: 'w' },
  iotated: {
    е: { start: 'ye', soft: 'ye' },
    ё: { start: 'yo', soft: 'yo' },
    ю: { start: 'yu', soft: 'yu' },
    я: { start: 'ya', soft: 'ya' },
  },
};

export const iso9: CyrillicSystem = {
  name: 'ISO 9',
  letters: {
    ...COMMON,
    в: 'v',
    г: 'g',
    ж: 'ž',
    з: 'z',
    и: 'i',
    й: 'j',
    л: 'l',
    с: 's',
    х: 'h',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'ŝ',
    ы: 'y',
    э: 'è',
    і: 'ì',
    ў: 'ǔ',
    ґ: 'g̀',
  },
  iotated: {
    е: { start: 'e', soft: 'e' },
    ё: { start: 'ë', soft: 'ë' },
    ю: { start: 'û', soft: 'û' },
    я: { start: 'â', soft: 'â' },
  },
};

export const beNational: CyrillicSystem = {
  name: 'Belarusian national (2007)',
  letters: {
    ...COMMON,
    в: 'v',
    г: 'h',
    ж: 'ž',
    з: 'z',
    и: 'i',
    й: 'j',
    л: 'l',
    с: 's',
    х: 'ch',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'šč',
    ы: 'y',
    э: 'e',
    і: 'i',
    ў: 'ŭ',
    ґ: 'g',
  },
  iotated: {
    е: { start: 'je', soft: 'ie' },
    ё: { start: 'jo', soft: 'io' },
    ю: { start: 'ju', soft: 'iu' },
    я: { start: 'ja', soft: 'ia' },
  },
  softened: { з: 'ź', л: 'ĺ', н: 'ń', с: 'ś', ц: 'ć' },
};

export const lacinka: CyrillicSystem = {
  name: 'Łacinka',
  letters: { ...beNational.letters, л: 'ł' },
  iotated: beNational.iotated,
  softened: { з: 'ź', л: 'l', н: 'ń', с: 'ś', ц: 'ć' },
  plainAfter: 'л',
  softL: 'l',
};

export const polish: CyrillicSystem = {
  name: 'Polish',
  letters: {
    ...COMMON,
    в: 'w',
    г: 'g',
    ж: 'ż',
    з: 'z',
    и: 'i',
    й: 'j',
    л: 'ł',
    с: 's',
    х: 'ch',
    ц: 'c',
    ч: 'cz',
    ш: 'sz',
    щ: 'szcz',
    ы: 'y',
    э: 'e',
    і: 'i',
    ў: 'u',
    ґ: 'g',
  },
  iotated: {
    е: { start: 'je', soft: 'ie' },
    ё: { start: 'jo', soft: 'io' },
    ю: { start: 'ju', soft: 'iu' },
    я: { start: 'ja', soft: 'ia' },
  },
  softened: { з: 'ź', л: 'l', н: 'ń', с: 'ś', ц: 'ć' },
  plainAfter: 'л',
  softL: 'l',
  afterHushing: { е: 'e', ё: 'o', ю: 'u', я: 'a', и: 'y' },
};

export const german: CyrillicSystem = {
  name: 'German (Duden)',
  letters: {
    ...COMMON,
    в: 'w',
    г: 'g',
    ж: 'sch',
    з: 's',
    и: 'i',
    й: 'j',
    л: 'l',
    с: 's',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ы: 'y',
    э: 'e',
    і: 'i',
    ў: 'u',
    ґ: 'g',
  },
  iotated: {
    е: { start: 'je', soft: 'e' },
    ё: { start: 'jo', soft: 'jo' },
    ю: { start: 'ju', soft: 'ju' },
    я: { start: 'ja', soft: 'ja' },
  },
  afterHushing: { ё: 'o' },
};

/** Every system, in the order their spellings are indexed. */
export const CYRILLIC_SYSTEMS: readonly CyrillicSystem[] = [
  bgnRu,
  bgnBe,
  iso9,
  beNational,
  lacinka,
  polish,
  german,
];
