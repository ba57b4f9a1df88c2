import type { FeedSummary } from '../../server/api/contract/index.ts';

/**
 * The feed to ask for a journey on `date` (YYYY-MM-DD) when the URL names none: the server's default
 * feed if it runs that day, else the first feed whose service period covers it, else the default
 * (undefined lets the server decide). Lets a 2024 date find the 2024 timetable by itself.
 */
export function feedForDate(
  feeds:
    | { default: string | null; feeds: Pick<FeedSummary, 'id' | 'serviceFrom' | 'serviceTo'>[] }
    | undefined,
  date: string,
): string | undefined {
  if (!feeds) return undefined;
  const covers = (f: Pick<FeedSummary, 'serviceFrom' | 'serviceTo'>) =>
    !!f.serviceFrom &&
    !!f.serviceTo &&
    f.serviceFrom.slice(0, 10) <= date &&
    date <= f.serviceTo.slice(0, 10);
  const def = feeds.feeds.find((f) => f.id === feeds.default);
  if (def && covers(def)) return def.id;
  return feeds.feeds.find(covers)?.id ?? feeds.default ?? undefined;
}
