import type { Journey } from '../../server/api/contract/index.ts';
import { type Lang, t } from '../i18n/t.ts';

/** Every time printed for a journey (departures, arrivals, stopovers): decides whether zones show. */
export function journeyTimes(journey: Journey): string[] {
  const out: string[] = [journey.departure, journey.arrival];
  for (const leg of journey.legs) {
    out.push(leg.from.departure, leg.to.arrival);
    if (leg.type === 'train') {
      for (const s of leg.stops) {
        if (s.arrival) out.push(s.arrival);
        if (s.departure) out.push(s.departure);
      }
    }
  }
  return out;
}

/** `direct`, `1 change`, `3 changes` in `lang`. */
export function changesLabel(lang: Lang, transfers: number): string {
  if (transfers <= 0) return t(lang, 'journey.changes.0');
  if (transfers === 1) return t(lang, 'journey.changes.1');
  return t(lang, 'journey.changes.n', { n: transfers });
}

/** The train numbers (or route names when a trip has no number) of a journey's train legs, in order. */
export function trainNames(journey: Journey): string[] {
  const names: string[] = [];
  for (const leg of journey.legs) {
    if (leg.type !== 'train') continue;
    names.push(leg.trip.name || leg.trip.route.name || leg.trip.headsign);
  }
  return names;
}

/**
 * A stable id for a journey within one search date, for the URL: its departure minute and its
 * trips (`2026-04-02T08:25~t1+t2`). Language-independent, so a link survives a language switch.
 */
export function journeyKey(journey: Journey): string {
  const trips = journey.legs.map((l) => (l.type === 'train' ? l.trip.id : 'walk')).join('+');
  return `${journey.departure.slice(0, 16)}~${trips}`;
}
