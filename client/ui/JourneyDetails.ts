import type { Journey, Stop, Stopover, TrainLeg } from '../../server/api/contract/index.ts';
import { formatLongDate } from '../format/calendarDate.ts';
import { formatDuration } from '../format/formatDuration.ts';
import { type JourneyStep, journeySteps } from '../format/journeySteps.ts';
import { changesLabel, journeyTimes } from '../format/journeySummary.ts';
import { dayOffset, formatClock, localTime, zonesDiffer } from '../format/localTime.ts';
import { operatingDaysText } from '../format/operatingDays.ts';
import { routeName, trainNumber } from '../format/trainLabel.ts';
import { countryName, type Lang, t } from '../i18n/t.ts';
import { journeyOverlay } from '../map/journeyOverlay.ts';
import { h, replaceChildren } from './h.ts';
import { dayMark } from './JourneyList.ts';

/** "Train 6191", "Bus", in `lang`: the leg's mode and its number when the feed gives one. */
export function trainTitle(lang: Lang, leg: TrainLeg): string {
  const mode = t(lang, `journey.mode.${leg.mode}`);
  const number = trainNumber(leg);
  return number ? `${mode} ${number}` : mode;
}

/**
 * One journey step by step: each train leg with its boarding and alighting times, intermediate
 * stops (collapsible), the border crossing as its own step with the feed's advisory, changes with
 * the time available and walks. Stations can be clicked to open their departures board.
 */
export class JourneyDetails {
  readonly element: HTMLElement;

  constructor(
    private readonly events: {
      onClose: () => void;
      /** A station was clicked: `opener` gets focus back when its board closes. */
      onStop: (id: string, name: string, opener: HTMLElement) => void;
    },
  ) {
    this.element = h('section', {
      class: 'journey-details',
      attrs: { hidden: true, 'aria-labelledby': 'details-heading' },
    });
  }

  /** The journey and language on show: rendering them again keeps focus and open stop lists. */
  private shown: { journey: Journey; lang: Lang } | undefined;

  /** Hides the details. */
  clear(): void {
    this.shown = undefined;
    this.element.hidden = true;
    replaceChildren(this.element);
  }

  /** Shows `journey` in `lang`. */
  render(journey: Journey, lang: Lang): void {
    if (this.shown?.journey === journey && this.shown.lang === lang && !this.element.hidden) return;
    this.shown = { journey, lang };
    const withZone = zonesDiffer(journeyTimes(journey));
    const date = localTime(journey.departure).date;
    // Times on a later day than the departure carry "+1 d".
    const clock = (iso: string | null) =>
      iso
        ? h(
            'span',
            { class: 'clock' },
            h('time', { attrs: { datetime: iso } }, formatClock(iso, withZone)),
            dayMark(lang, dayOffset(iso, date)),
          )
        : null;
    const stopName = (s: Stop) =>
      h(
        'button',
        {
          class: 'link stop-link',
          attrs: { type: 'button', 'data-stop': s.id },
          on: { click: (e) => this.events.onStop(s.station ?? s.id, s.name, e.currentTarget as HTMLElement) },
        },
        s.name,
      );
    const colors = journeyOverlay(journey).paths.map((p) => p.color);
    const items = journeySteps(journey).map((step) => {
      const li = this.step(step, lang, clock, stopName);
      // The leg's map colour, so list and map read together (CSSOM, allowed by the CSP).
      if ('legIndex' in step && step.kind !== 'walk')
        li.style.setProperty('--leg-color', colors[step.legIndex]);
      return li;
    });
    replaceChildren(
      this.element,
      h(
        'div',
        { class: 'details-head' },
        h('h2', { attrs: { id: 'details-heading', tabindex: '-1' } }, t(lang, 'details.heading')),
        h(
          'button',
          { class: 'close', attrs: { type: 'button' }, on: { click: () => this.events.onClose() } },
          `← ${t(lang, 'details.close')}`,
        ),
      ),
      h(
        'p',
        { class: 'details-date' },
        h(
          'time',
          { attrs: { datetime: date } },
          t(lang, 'details.date', { date: formatLongDate(lang, date) }),
        ),
      ),
      h(
        'p',
        { class: 'details-summary' },
        clock(journey.departure),
        ' → ',
        clock(journey.arrival),
        ` · ${formatDuration(lang, journey.duration)} · ${changesLabel(lang, journey.transfers)}`,
        journey.estimated
          ? h(
              'span',
              { class: 'badge badge--estimated', attrs: { title: t(lang, 'journey.estimatedHint') } },
              t(lang, 'journey.estimated'),
            )
          : null,
      ),
      h('ol', { class: 'steps' }, ...items),
    );
    this.element.hidden = false;
  }

  /** Moves keyboard focus to the heading (after a journey was picked). */
  focus(): void {
    this.element.querySelector<HTMLElement>('#details-heading')?.focus();
  }

  private step(
    s: JourneyStep,
    lang: Lang,
    clock: (iso: string | null) => HTMLElement | null,
    stopName: (s: Stop) => HTMLElement,
  ): HTMLElement {
    switch (s.kind) {
      case 'board': {
        const leg = s.leg;
        const trip = leg.trip;
        const route = routeName(leg);
        const facts = [
          leg.from.platform ? t(lang, 'details.platform', { platform: leg.from.platform }) : '',
          t(lang, 'details.days', { days: operatingDaysText(lang, leg.operatingDays.weekdays) }),
          leg.wheelchairAccessible ? t(lang, 'details.wheelchair') : '',
        ].filter(Boolean);
        return h(
          'li',
          { class: `step step--board`, attrs: { 'data-leg': s.legIndex } },
          h('span', { class: 'step-time' }, clock(s.time)),
          h(
            'div',
            { class: 'step-body' },
            stopName(s.stop),
            h(
              'div',
              { class: 'step-train' },
              h('span', { class: 'train-chip', attrs: { 'data-mode': leg.mode } }, trainTitle(lang, leg)),
              ' ',
              route ? h('span', { class: 'step-route' }, route) : null,
              trip.headsign
                ? h(
                    'span',
                    { class: 'step-headsign' },
                    t(lang, 'details.towards', { headsign: trip.headsign }),
                  )
                : null,
              leg.estimated
                ? h('span', { class: 'badge badge--estimated' }, t(lang, 'journey.estimated'))
                : null,
            ),
            h('div', { class: 'step-facts' }, facts.join(' · ')),
            h('div', { class: 'step-operator' }, t(lang, 'details.operator', { name: trip.agency.name })),
          ),
        );
      }
      case 'stops':
        return h('li', { class: `step step--stops` }, this.stopovers(s.stops, lang, clock));
      case 'border': {
        const c = s.crossing;
        const title = `${countryName(lang, c.fromCountry)} → ${countryName(lang, c.toCountry)}`;
        return h(
          'li',
          { class: 'step step--border', attrs: { 'data-border': `${c.fromCountry}-${c.toCountry}` } },
          h(
            'span',
            { class: 'step-time step-icon', attrs: { 'aria-hidden': 'true' } },
            h('span', { class: 'crossing-icon crossing-icon--inline' }),
          ),
          h(
            'div',
            { class: 'step-body' },
            h('h3', {}, `${t(lang, 'details.border')}: ${title}`),
            s.after && s.before
              ? h(
                  'p',
                  { class: 'border-where' },
                  t(lang, 'details.borderBetween', { a: s.after.name, b: s.before.name }),
                )
              : null,
            h('p', { class: 'advisory' }, c.advisory ?? t(lang, 'details.noAdvisory')),
            c.advisorySource ? h('p', { class: 'advisory-source' }, c.advisorySource) : null,
          ),
        );
      }
      case 'alight':
        return h(
          'li',
          { class: `step step--alight` },
          h('span', { class: 'step-time' }, clock(s.time)),
          h(
            'div',
            { class: 'step-body' },
            stopName(s.stop),
            s.leg.to.platform
              ? h(
                  'div',
                  { class: 'step-facts' },
                  t(lang, 'details.platform', { platform: s.leg.to.platform }),
                )
              : null,
          ),
        );
      case 'stayOn':
        return h(
          'li',
          { class: 'step step--stay-on' },
          h('span', { class: 'step-time step-icon', attrs: { 'aria-hidden': 'true' } }, '↓'),
          h('div', { class: 'step-body' }, t(lang, 'details.stayOn', { train: trainTitle(lang, s.leg) })),
        );
      case 'change':
        return h(
          'li',
          { class: 'step step--change' },
          h('span', { class: 'step-time step-icon', attrs: { 'aria-hidden': 'true' } }, '⇄'),
          h(
            'div',
            { class: 'step-body' },
            t(lang, 'details.change', { stop: s.stop.name, duration: formatDuration(lang, s.seconds) }),
          ),
        );
      case 'walk':
        return h(
          'li',
          { class: 'step step--walk' },
          h('span', { class: 'step-time step-icon', attrs: { 'aria-hidden': 'true' } }, '⋯'),
          h(
            'div',
            { class: 'step-body' },
            t(lang, 'details.walk', { duration: formatDuration(lang, s.seconds), stop: s.leg.to.stop.name }),
          ),
        );
    }
  }

  private stopovers(
    stops: Stopover[],
    lang: Lang,
    clock: (iso: string | null) => HTMLElement | null,
  ): HTMLElement {
    const label =
      stops.length === 1 ? t(lang, 'details.stops.1') : t(lang, 'details.stops', { n: stops.length });
    return h(
      'details',
      { class: 'stopovers' },
      h('summary', {}, label),
      h(
        'ol',
        {},
        ...stops.map((s) =>
          h(
            'li',
            { class: s.estimated ? 'stopover stopover--estimated' : 'stopover' },
            h('span', { class: 'step-time' }, clock(s.arrival ?? s.departure)),
            h('span', {}, s.stop.name),
          ),
        ),
      ),
    );
  }
}
