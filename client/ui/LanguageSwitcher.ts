import { LANGS, type Lang, t } from '../i18n/t.ts';
import { h, uid } from './h.ts';

const NATIVE: Record<Lang, string> = { en: 'English', ru: 'Русский', be: 'Беларуская' };

/** A labelled <select> of the UI languages, each named in its own language. */
export class LanguageSwitcher {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly label: HTMLLabelElement;

  constructor(lang: Lang, onChange: (lang: Lang) => void) {
    const id = uid('lang');
    this.label = h('label', { attrs: { for: id } }, t(lang, 'lang.label'));
    this.select = h(
      'select',
      { attrs: { id, name: 'lang' } },
      ...LANGS.map((l) => h('option', { attrs: { value: l, lang: l } }, NATIVE[l])),
    );
    this.select.value = lang;
    this.select.addEventListener('change', () => onChange(this.select.value as Lang));
    this.element = h('div', { class: 'lang-switcher' }, this.label, this.select);
  }

  /** Reflects the current language. */
  set(lang: Lang): void {
    this.select.value = lang;
    this.label.textContent = t(lang, 'lang.label');
  }
}
