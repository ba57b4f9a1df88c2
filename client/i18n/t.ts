import { be } from './be.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { ru } from './ru.ts';

/** The UI languages; the API accepts the same codes for station names and advisories. */
export type Lang = 'en' | 'ru' | 'be';

/** Every UI language, in the order the switcher shows them. */
export const LANGS: readonly Lang[] = ['en', 'ru', 'be'];

const catalogues: Record<Lang, Messages> = { en, ru, be };

/** Whether a string is one of the UI languages. */
export function isLang(s: unknown): s is Lang {
  return s === 'en' || s === 'ru' || s === 'be';
}

/**
 * The UI string `key` in `lang`, with `{name}` placeholders replaced from `vars` (values are
 * inserted as plain text; callers put the result in textContent, never innerHTML).
 */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The first supported language among the browser's preferences (`navigator.languages`), else English. */
export function pickLang(preferences: readonly string[]): Lang {
  for (const p of preferences) {
    const base = p.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** The name of a country (ISO 3166-1 alpha-2) in `lang`, falling back to Intl and then the code. */
export function countryName(lang: Lang, code: string): string {
  if (code === 'RU' || code === 'BY') return t(lang, `country.${code}`);
  if (!code) return t(lang, 'country.unknown');
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
