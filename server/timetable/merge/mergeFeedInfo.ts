import type { FeedInfo } from '../Timetable.ts';

/** One feed_info for the network: publishers joined, the widest validity, versions joined. */
export function mergeFeedInfo(list: readonly (FeedInfo | null)[]): FeedInfo | null {
  const infos = list.filter((f): f is FeedInfo => f !== null);
  if (infos.length === 0) return null;
  if (infos.length === 1) return { ...infos[0] };
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const langs = distinct(infos.map((i) => i.lang));
  const starts = distinct(infos.map((i) => i.startDate)).sort();
  const ends = distinct(infos.map((i) => i.endDate)).sort();
  const out: FeedInfo = {
    publisherName: distinct(infos.map((i) => i.publisherName)).join(' · '),
    publisherUrl: infos[0].publisherUrl,
    lang: langs.length === 1 ? langs[0] : 'mul',
  };
  if (starts.length) out.startDate = starts[0];
  if (ends.length) out.endDate = ends[ends.length - 1];
  const versions = distinct(infos.map((i) => i.version));
  if (versions.length) out.version = versions.join('+');
  return out;
}
