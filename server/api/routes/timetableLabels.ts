import type { TimetableResponse } from '../contract/index.ts';

/** The words of the HTML and CSV timetable, per language. */
export interface TimetableLabels {
  train: string;
  days: string;
  changeAt: string;
  /** The HTML page's note under the title: `{n}` columns. */
  meta: string;
  nextDay: string;
}

const LABELS: Record<'en' | 'ru' | 'be', TimetableLabels> = {
  en: {
    train: 'Train',
    days: 'Days',
    changeAt: 'Change at',
    meta: '{n} trains and connections · ~ estimated time, arr/dep where trains change',
    nextDay: '+1: the next day',
  },
  ru: {
    train: 'Поезд',
    days: 'Дни',
    changeAt: 'Пересадка',
    meta: 'поездов и пересадочных вариантов: {n} · ~ расчётное время, приб./отпр. при пересадке',
    nextDay: '+1: на следующий день',
  },
  be: {
    train: 'Цягнік',
    days: 'Дні',
    changeAt: 'Перасадка',
    meta: 'цягнікоў і варыянтаў з перасадкай: {n} · ~ разліковы час, прыб./адпр. пры перасадцы',
    nextDay: '+1: на наступны дзень',
  },
};

/** The timetable's words in `lang` (English when absent). */
export function timetableLabels(lang: string | undefined): TimetableLabels {
  return LABELS[lang === 'ru' || lang === 'be' ? lang : 'en'];
}

/** A column's heading: its train numbers ("6191 + 6581"), the route's name for a train without one. */
export function columnHeading(c: TimetableResponse['columns'][number]): string {
  return c.trains.map((x) => x.name || x.route).join(' + ');
}
