import { beforeAll, describe, expect, it } from 'vitest';
import { callsPerStop } from '../../server/feeds/callsPerStop.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../server/gtfs/memorySource.ts';
import { StopSearchIndex } from '../../server/search/StopSearchIndex.ts';
import type { Timetable } from '../../server/timetable/Timetable.ts';
import { csv, minimalFeed } from '../gtfs/minimalFeed.ts';

/**
 * A feed shaped like the corridor's and DB's: Russian stop names with Belarusian and English
 * translations, and a station whose platforms carry the name travellers type ("Berlin Hbf").
 */
let tt: Timetable;
let index: StopSearchIndex;
const ids = (q: string, near?: { lat: number; lon: number }) =>
  index.search(q, 5, near).map((m) => tt.stops.id[m.stop]);

beforeAll(async () => {
  const files = minimalFeed({
    'stops.txt': csv(
      'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station',
      'orsha,Орша-Центральная,54.5081,30.4172,0,',
      'vitebsk,Витебск,55.1904,30.2049,0,',
      'osinovka,Осиновка,54.6,30.9,0,',
      'smolensk,Смоленск-Центральный,54.7983,32.0345,0,',
      'bhf,S+U Berlin Hauptbahnhof,52.5251,13.3694,1,',
      ...Array.from({ length: 12 }, (_, k) => `bhf_${k},Berlin Hbf,52.525,13.369,0,bhf`),
      'spandau,Berlin-Spandau,52.5345,13.1974,0,',
    ),
    'translations.txt': csv(
      'table_name,field_name,language,translation,record_id',
      'stops,stop_name,be,Орша-Цэнтральная,orsha',
      'stops,stop_name,en,Orsha-Tsentralnaya,orsha',
      'stops,stop_name,be,Віцебск,vitebsk',
      'stops,stop_name,be,Асінаўка,osinovka',
      'stops,stop_name,be,Смаленск,smolensk',
    ),
    'stop_times.txt': csv(
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
      'T1,08:00:00,08:00:00,orsha,1',
      'T1,09:00:00,09:00:00,vitebsk,2',
      'T1,10:00:00,10:00:00,bhf_3,3',
    ),
  });
  tt = (await loadFeed(memorySource(files))).timetable!;
  index = new StopSearchIndex(tt, callsPerStop(tt));
});

describe('StopSearchIndex: every spelling', () => {
  it.each([
    ['Віцебск', 'vitebsk'],
    ['Viciebsk', 'vitebsk'], // Belarusian national system and Łacinka
    ['Vitsyebsk', 'vitebsk'], // BGN/PCGN Belarusian
    ['Witebsk', 'vitebsk'], // German and Polish
    ['Orša', 'orsha'], // ISO 9, Łacinka
    ['Orsza', 'orsha'], // Polish
    ['Orscha', 'orsha'], // German
    ['орша', 'orsha'],
    ['Asinaŭka', 'osinovka'], // Łacinka of the Belarusian name
    ['Асінаўка', 'osinovka'],
    ['Smalensk', 'smolensk'],
    ['Smolenks', 'smolensk'], // two letters swapped
    ['vitbsk', 'vitebsk'], // a letter left out
    ['orsha central', 'orsha'], // "central" matches Centralnaja; an unknown word would be ignored
    ['orsha xyzzy', 'orsha'],
  ])('%s finds %s first', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });

  it('allows no edit in short words: "orshx" is an edit, "vtb" is not', () => {
    expect(ids('orshx')).toContain('orsha');
    expect(ids('vtb')).not.toContain('vitebsk');
  });

  it('returns the station for its platforms’ name, never the 12 platforms', () => {
    const found = ids('Berlin Hbf');
    expect(found[0]).toBe('bhf');
    expect(found.filter((id) => id.startsWith('bhf_'))).toEqual([]);
    expect(ids('berlin')).toEqual(['bhf', 'spandau']); // the busier first, no platforms
  });

  it('ranks the stops matching every word before those missing some', () => {
    const all = index.search('smolensk central', 5);
    expect(all.map((m) => [tt.stops.id[m.stop], m.missing])).toEqual([
      ['smolensk', 0],
      ['orsha', 1], // only "central" (Centralnaja)
    ]);
    expect(index.search('nowhere at all', 5)).toEqual([]);
  });

  it('near: the nearest stations with their distance, filtered by the query', () => {
    const near = index.search('', 3, { lat: 54.51, lon: 30.42 });
    expect(near.map((m) => tt.stops.id[m.stop])).toEqual(['orsha', 'osinovka', 'vitebsk']);
    expect(near[0].distance).toBeGreaterThan(0);
    expect(near[0].distance).toBeLessThan(500);
    expect(near[1].distance!).toBeGreaterThan(near[0].distance!);
    expect(ids('berlin', { lat: 52.53, lon: 13.2 })).toEqual(['spandau', 'bhf']);
  });
});
