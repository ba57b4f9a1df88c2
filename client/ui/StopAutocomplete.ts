import type { Stop } from '../../server/api/contract/index.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { countryName, type Lang, t } from '../i18n/t.ts';
import { h, replaceChildren, uid } from './h.ts';

/** A chosen station: its id (what the API needs) and the name shown. */
export interface StopChoice {
  id: string;
  name: string;
}

/**
 * A station field with suggestions from GET /api/stops (names in Russian, Belarusian, English and
 * transliterations): an ARIA combobox with a listbox, arrow keys, Enter and Escape. Typing clears
 * the chosen id until a suggestion is picked.
 */
export class StopAutocomplete {
  /** The wrapper to insert into a form. */
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly labelEl: HTMLLabelElement;
  private choice: StopChoice | undefined;
  private options: Stop[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly ctx: { lang: () => Lang; feed: () => string | undefined; name: string },
    labelKey: 'search.from' | 'search.to',
  ) {
    const id = uid(`stop-${ctx.name}`);
    const listId = `${id}-list`;
    this.labelKey = labelKey;
    this.labelEl = h('label', { attrs: { for: id } }, t(ctx.lang(), labelKey));
    this.input = h('input', {
      attrs: {
        id,
        name: ctx.name,
        type: 'text',
        role: 'combobox',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': listId,
        placeholder: t(ctx.lang(), 'search.placeholder'),
      },
    });
    this.list = h('ul', { class: 'suggestions', attrs: { id: listId, role: 'listbox', hidden: true } });
    this.element = h(
      'div',
      { class: `field field--stop field--${ctx.name}` },
      this.labelEl,
      this.input,
      this.list,
    );
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private readonly labelKey: 'search.from' | 'search.to';

  /** The chosen station, if any. */
  value(): StopChoice | undefined {
    return this.choice;
  }

  /** Sets the station (from the URL, the map or a swap) without querying. */
  setValue(choice: StopChoice | undefined): void {
    this.choice = choice;
    this.input.value = choice?.name ?? '';
    this.close();
  }

  /** Re-labels after a language switch. */
  relabel(): void {
    this.labelEl.textContent = t(this.ctx.lang(), this.labelKey);
    this.input.placeholder = t(this.ctx.lang(), 'search.placeholder');
  }

  /** The best suggestion for the typed text (used when the form is sent without picking one). */
  async resolve(): Promise<StopChoice | undefined> {
    if (this.choice) return this.choice;
    const q = this.input.value.trim();
    if (!q) return undefined;
    const res = await this.api.stops(q, this.ctx.lang(), this.ctx.feed());
    const s = res.stops[0];
    if (s) this.setValue({ id: s.id, name: s.name });
    return this.choice;
  }

  private onInput(): void {
    this.choice = undefined;
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.fetch(q), 150);
  }

  private async fetch(q: string): Promise<void> {
    this.request?.abort();
    const ctl = new AbortController();
    this.request = ctl;
    try {
      const res = await this.api.stops(q, this.ctx.lang(), this.ctx.feed(), ctl.signal);
      if (ctl.signal.aborted) return;
      this.show(res.stops);
    } catch {
      if (!ctl.signal.aborted) this.show([]);
    }
  }

  private show(stops: Stop[]): void {
    this.options = stops;
    this.active = -1;
    const items = stops.map((s, i) =>
      h(
        'li',
        {
          attrs: { id: `${this.list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-stop': s.id },
          on: {
            mousedown: (e) => {
              e.preventDefault(); // keep focus in the input
              this.pick(i);
            },
          },
        },
        h('span', { class: 'suggestion-name' }, s.name),
        s.country
          ? h('span', { class: 'suggestion-country' }, countryName(this.ctx.lang(), s.country))
          : null,
      ),
    );
    if (items.length === 0) {
      items.push(
        h(
          'li',
          { class: 'suggestion-empty', attrs: { role: 'option', 'aria-disabled': 'true' } },
          t(this.ctx.lang(), 'search.noSuggestions'),
        ),
      );
    }
    replaceChildren(this.list, ...items);
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private onKey(e: KeyboardEvent): void {
    if (this.list.hidden) return;
    const n = this.options.length;
    if (e.key === 'ArrowDown' && n) this.highlight((this.active + 1) % n);
    else if (e.key === 'ArrowUp' && n) this.highlight((this.active - 1 + n) % n);
    else if (e.key === 'Enter' && this.active >= 0) this.pick(this.active);
    else if (e.key === 'Escape') this.close();
    else return;
    e.preventDefault();
  }

  private highlight(i: number): void {
    this.active = i;
    this.list.querySelectorAll('[role=option]').forEach((li, j) => {
      li.setAttribute('aria-selected', String(i === j));
    });
    this.input.setAttribute('aria-activedescendant', `${this.list.id}-${i}`);
  }

  private pick(i: number): void {
    const s = this.options[i];
    if (!s) return;
    this.setValue({ id: s.id, name: s.name });
    this.input.dispatchEvent(new CustomEvent('stop-picked', { bubbles: true }));
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
