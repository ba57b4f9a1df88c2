import type { StopIdx } from '../../timetable/Timetable.ts';
import type { BoardQuery, DiagramQuery, JourneysQuery, ReachQuery } from '../contract/index.ts';

type Lang = JourneysQuery['lang'];

/** A feed as a task names it: its id and the content version the request was answered from. */
export interface FeedRef {
  id: string;
  version: string;
}

/**
 * Work a request hands off the main thread (plain data: it is posted to a worker thread). Every
 * task is validated on the main thread first (cheap checks: parameters, feeds, stops, limits); the
 * worker computes the response body. JSON.stringify of a task is its cache key.
 */
export type ApiTask =
  | { type: 'lines'; feed: FeedRef }
  | { type: 'diagram'; feed: FeedRef; compare: FeedRef | null; query: DiagramQuery }
  | {
      type: 'timetable';
      feed: FeedRef;
      from: number;
      to: number;
      date: string;
      format: 'json' | 'html' | 'csv';
      lang: Lang;
    }
  | { type: 'network'; feed: FeedRef; lang: Lang }
  | {
      type: 'compare';
      baseline: FeedRef;
      scenario: FeedRef;
      date: string;
      baselineDate: string;
      stations: string[];
      format: 'json' | 'csv';
    }
  | { type: 'journeys'; feed: FeedRef; query: JourneysQuery }
  | { type: 'reach'; feed: FeedRef; compare: FeedRef | null; query: ReachQuery }
  | { type: 'board'; feed: FeedRef; stop: StopIdx[]; kind: 'departures' | 'arrivals'; query: BoardQuery }
  | {
      type: 'comparePair';
      baseline: FeedRef;
      scenario: FeedRef;
      date: string;
      baselineDate: string;
      from: string;
      to: string;
      lang: Lang;
    }
  /** A share of a comparison job: whole-day profiles of `origins` (body: OriginStats[] as JSON). */
  | { type: 'profile'; feed: FeedRef; date: string; stations: string[]; origins: string[] };

/** A task's answer: the response body and its headers. */
export interface TaskBody {
  /** Content-Type. */
  type: string;
  body: string;
  headers?: Record<string, string>;
}

/** The Content-Type a task answers with (HEAD says it without computing the body). */
export function taskContentType(task: ApiTask): string {
  switch (task.type) {
    case 'diagram':
      return 'image/svg+xml; charset=utf-8';
    case 'timetable':
      return task.format === 'html'
        ? 'text/html; charset=utf-8'
        : task.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/json; charset=utf-8';
    case 'compare':
      return task.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
    default:
      return 'application/json; charset=utf-8';
  }
}

/** The reference of a loaded feed. */
export const refOf = (f: { id: string; version: string }): FeedRef => ({ id: f.id, version: f.version });
