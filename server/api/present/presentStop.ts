import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { translate } from '../../timetable/translate.ts';
import type { Stop } from '../contract/index.ts';

/** A stop as the API shows it (FPTF-style), its name in `lang` when the feed translates it. */
export function presentStop(feed: LoadedFeed, stop: number, lang: string | undefined): Stop {
  const { stops, timezones } = feed.timetable;
  const parent = stops.parent[stop];
  return {
    type: 'stop',
    id: stops.id[stop],
    name: translate(feed.timetable, 'stops', 'stop_name', stops.id[stop], stops.name[stop], lang),
    lat: round6(stops.lat[stop]),
    lon: round6(stops.lon[stop]),
    country: feed.countries[stop],
    timezone: timezones[stops.timezone[stop]],
    station: parent >= 0 ? stops.id[parent] : null,
    isStation: stops.locationType[stop] === 1,
    isBorder: feed.border[stop] === 1,
  };
}

function round6(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : 0;
}
