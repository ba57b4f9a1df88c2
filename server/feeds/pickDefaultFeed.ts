import type { LoadedFeed } from './LoadedFeed.ts';

/**
 * The feed a request without `feed=` uses: the first whose service dates include `today`, else the
 * one whose service ends latest (a timetable still to come beats one that has ended).
 */
export function pickDefaultFeed(feeds: readonly LoadedFeed[], today: Date): string | undefined {
  const day = today.toISOString().slice(0, 10);
  const current = feeds.find(
    (f) => f.serviceFrom !== null && f.serviceTo !== null && f.serviceFrom <= day && day <= f.serviceTo,
  );
  if (current) return current.id;
  return [...feeds].sort((a, b) => (b.serviceTo ?? '').localeCompare(a.serviceTo ?? ''))[0]?.id;
}
