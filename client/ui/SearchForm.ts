import type { ApiClient } from '../api/apiClient.ts';
import { addDays, formatDay } from '../format/calendarDate.ts';
import {
  datePlaceholder,
  formatDateInput,
  parseDateInput,
  parseTimeInput,
  timePlaceholder,
} from '../format/dateInput.ts';
import type { DateTime } from '../format/localClock.ts';
import type { MessageKey } from '../i18n/en.ts';
import { type Lang, t } from '../i18n/t.ts';
import { h, uid } from './h.ts';
import { StopAutocomplete, type StopChoice } from './StopAutocomplete.ts';

/** What the form asks for. */
export interface SearchValues {
  from?: StopChoice;
  to?: StopChoice;
  date: string;
  time: string;
  arriveBy: boolean;
  maxTransfers: number;
}

/**
 * The search form: origin and destination with autocomplete, a swap button, date and time with a
 * "now" button, depart-at / arrive-by and the maximum number of changes. Emits `onSubmit` with the
 * resolved stations; all labels are real <label>s or a <legend>.
 */
export class SearchForm {
  readonly element: HTMLFormElement;
  readonly from: StopAutocomplete;
  readonly to: StopAutocomplete;
  private readonly date: HTMLInputElement;
  private readonly time: HTMLInputElement;
  private readonly arriveBy: HTMLInputElement;
  private readonly departAt: HTMLInputElement;
  private readonly maxTransfers: HTMLSelectElement;
  private readonly message: HTMLElement;
  /** The folded form's one line (route, date and time) and its "change" button. */
  private readonly summary: HTMLElement;
  private readonly summaryText: HTMLElement;
  private readonly unfoldButton: HTMLButtonElement;
  /** The searched date's weekday and month in words, under the date field. */
  private readonly dayHint: HTMLElement;
  private readonly texts: { el: HTMLElement; key: MessageKey; attr?: string }[] = [];

  constructor(
    api: ApiClient,
    private readonly ctx: {
      lang: () => Lang;
      feed: () => string | undefined;
      now: () => DateTime;
      onSubmit: (v: SearchValues) => void;
    },
  ) {
    const lang = ctx.lang;
    this.from = new StopAutocomplete(api, { ...ctx, name: 'from' }, 'search.from');
    this.to = new StopAutocomplete(api, { ...ctx, name: 'to' }, 'search.to');
    const text = <E extends HTMLElement>(el: E, key: MessageKey, attr?: string): E => {
      this.texts.push({ el, key, attr });
      if (attr) el.setAttribute(attr, t(lang(), key));
      else el.textContent = t(lang(), key);
      return el;
    };
    const swap = text(
      h('button', { class: 'swap', attrs: { type: 'button' }, on: { click: () => this.swap() } }, '⇅'),
      'search.swap',
      'aria-label',
    );
    swap.title = t(lang(), 'search.swap');
    const dateId = uid('date');
    const timeId = uid('time');
    const mtId = uid('max-transfers');
    // Text fields in the language's own format (see format/dateInput.ts for why not type=date/time).
    this.date = h('input', {
      attrs: {
        id: dateId,
        name: 'date',
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        required: true,
        'aria-describedby': `${dateId}-day`,
      },
    });
    this.time = h('input', {
      attrs: {
        id: timeId,
        name: 'time',
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        maxlength: 5,
        required: true,
      },
    });
    this.dayHint = h('span', { class: 'date-day', attrs: { id: `${dateId}-day` } });
    this.date.addEventListener('input', () => this.showDay());
    this.date.addEventListener('change', () => this.tidy());
    this.time.addEventListener('change', () => this.tidy());
    const dayButton = (days: number, key: MessageKey, symbol: string) =>
      text(
        h(
          'button',
          { class: 'day-step', attrs: { type: 'button' }, on: { click: () => this.stepDay(days) } },
          symbol,
        ),
        key,
        'aria-label',
      );
    const modeName = uid('mode');
    this.departAt = h('input', {
      attrs: { type: 'radio', name: modeName, value: 'depart', id: `${modeName}-d` },
    });
    this.arriveBy = h('input', {
      attrs: { type: 'radio', name: modeName, value: 'arrive', id: `${modeName}-a` },
    });
    this.departAt.checked = true;
    this.maxTransfers = h(
      'select',
      { attrs: { id: mtId, name: 'maxTransfers' } },
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => h('option', { attrs: { value: n } }, String(n))),
    );
    this.maxTransfers.value = '5';
    this.message = h('p', { class: 'form-message', attrs: { role: 'alert', 'aria-live': 'assertive' } });
    const nowBtn = text(
      h('button', { class: 'now', attrs: { type: 'button' }, on: { click: () => this.setNow() } }),
      'search.now',
    );
    this.summaryText = h('span', { class: 'form-summary-text' });
    this.unfoldButton = text(
      h('button', {
        class: 'form-unfold',
        attrs: { type: 'button', 'aria-expanded': 'false' },
        on: { click: () => this.unfold(true) },
      }),
      'search.change',
    );
    this.summary = h('div', { class: 'form-summary' }, this.summaryText, this.unfoldButton);
    this.element = h(
      'form',
      { class: 'search-form', attrs: { role: 'search', novalidate: true } },
      text(h('h2', { class: 'visually-hidden' }), 'search.heading'),
      this.summary,
      h('div', { class: 'stops' }, this.from.element, swap, this.to.element),
      h(
        'div',
        { class: 'when' },
        h(
          'div',
          { class: 'field field--date' },
          text(h('label', { attrs: { for: dateId } }), 'search.date'),
          h(
            'div',
            { class: 'date-row' },
            dayButton(-1, 'search.prevDay', '‹'),
            this.date,
            dayButton(1, 'search.nextDay', '›'),
          ),
          this.dayHint,
        ),
        h('div', { class: 'field' }, text(h('label', { attrs: { for: timeId } }), 'search.time'), this.time),
        nowBtn,
      ),
      h(
        'fieldset',
        { class: 'mode' },
        text(h('legend', { class: 'visually-hidden' }), 'search.mode'),
        h(
          'span',
          { class: 'radio' },
          this.departAt,
          text(h('label', { attrs: { for: this.departAt.id } }), 'search.departAt'),
        ),
        h(
          'span',
          { class: 'radio' },
          this.arriveBy,
          text(h('label', { attrs: { for: this.arriveBy.id } }), 'search.arriveBy'),
        ),
        h(
          'span',
          { class: 'field field--inline' },
          text(h('label', { attrs: { for: mtId } }), 'search.maxTransfers'),
          this.maxTransfers,
        ),
      ),
      text(h('button', { class: 'submit', attrs: { type: 'submit' } }), 'search.submit'),
      this.message,
    );
    this.element.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
    this.date.placeholder = datePlaceholder(lang());
    this.time.placeholder = timePlaceholder(lang());
    this.setNow();
  }

  /** Fills the form (from the URL). Absent date/time mean now. */
  setValues(v: Partial<SearchValues>): void {
    if ('from' in v) this.from.setValue(v.from);
    if ('to' in v) this.to.setValue(v.to);
    const now = this.ctx.now();
    if ('date' in v) this.setDate(v.date ?? now.date);
    if ('time' in v) this.time.value = v.time ?? now.time;
    if (v.arriveBy !== undefined) (v.arriveBy ? this.arriveBy : this.departAt).checked = true;
    if (v.maxTransfers !== undefined) this.maxTransfers.value = String(v.maxTransfers);
  }

  /** The date and time the form shows now (sent or not; now where unreadable): boards follow it. */
  when(): DateTime {
    const now = this.ctx.now();
    return {
      date: parseDateInput(this.date.value) ?? now.date,
      time: parseTimeInput(this.time.value) ?? now.time,
    };
  }

  private setDate(iso: string): void {
    this.date.value = formatDateInput(this.ctx.lang(), iso);
    this.showDay();
  }

  private showDay(): void {
    const iso = parseDateInput(this.date.value);
    this.dayHint.textContent = iso ? formatDay(this.ctx.lang(), iso) : datePlaceholder(this.ctx.lang());
  }

  /** Rewrites readable input in the language's format (after typing, a language switch). */
  private tidy(): void {
    const date = parseDateInput(this.date.value);
    if (date) this.setDate(date);
    const time = parseTimeInput(this.time.value);
    if (time) this.time.value = time;
  }

  private stepDay(days: number): void {
    this.setDate(addDays(this.when().date, days));
  }

  /** Re-labels after a language switch. */
  relabel(): void {
    for (const { el, key, attr } of this.texts) {
      if (attr) el.setAttribute(attr, t(this.ctx.lang(), key));
      else el.textContent = t(this.ctx.lang(), key);
    }
    this.from.relabel();
    this.to.relabel();
    this.date.placeholder = datePlaceholder(this.ctx.lang());
    this.time.placeholder = timePlaceholder(this.ctx.lang());
    this.tidy();
    this.showDay();
    this.refreshSummary();
  }

  /**
   * Folds the form to one line (on phones only, styles/planner.css: the results and the map then
   * show without scrolling past the form), naming the search it holds.
   */
  fold(): void {
    this.element.classList.add('search-form--folded');
    this.refreshSummary();
    this.unfoldButton.setAttribute('aria-expanded', 'false');
  }

  /** Rewrites the folded form's line (once station names are known, after a language switch). */
  refreshSummary(): void {
    const from = this.from.value()?.name ?? this.from.input.value;
    const to = this.to.value()?.name ?? this.to.input.value;
    const at = this.when();
    this.summaryText.textContent = `${from} → ${to} · ${formatDay(this.ctx.lang(), at.date)}, ${at.time}`;
  }

  /** Shows the whole form again; `focus` moves focus to its first field. */
  unfold(focus = false): void {
    this.element.classList.remove('search-form--folded');
    this.unfoldButton.setAttribute('aria-expanded', 'true');
    if (focus) this.from.input.focus();
  }

  /** Shows a problem with the form (or clears it with ''). */
  say(message: string): void {
    this.message.textContent = message;
  }

  private setNow(): void {
    const now = this.ctx.now();
    this.setDate(now.date);
    this.time.value = now.time;
  }

  private swap(): void {
    const a = this.from.value();
    const b = this.to.value();
    const ta = this.from.input.value;
    const tb = this.to.input.value;
    this.from.setValue(b);
    this.to.setValue(a);
    if (!b) this.from.input.value = tb;
    if (!a) this.to.input.value = ta;
  }

  private async submit(): Promise<void> {
    this.say('');
    let from: StopChoice | undefined;
    let to: StopChoice | undefined;
    try {
      [from, to] = await Promise.all([this.from.resolve(), this.to.resolve()]);
    } catch {
      // reported below as missing stations
    }
    const lang = this.ctx.lang();
    if (!from || !to) return this.say(t(lang, 'search.needStops'));
    if (from.id === to.id) return this.say(t(lang, 'search.sameStop'));
    if (!parseDateInput(this.date.value))
      return this.say(t(lang, 'search.badDate', { format: datePlaceholder(lang) }));
    if (!parseTimeInput(this.time.value))
      return this.say(t(lang, 'search.badTime', { format: timePlaceholder(lang) }));
    this.ctx.onSubmit({
      from,
      to,
      ...this.when(),
      arriveBy: this.arriveBy.checked,
      maxTransfers: Number(this.maxTransfers.value),
    });
  }
}
