import { describe, expect, it } from 'vitest';
import { callsPerStop } from '../../server/feeds/callsPerStop.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { StopSearchIndex } from '../../server/search/StopSearchIndex.ts';
import { sharedPath } from '../util/sharedData.ts';

async function indexOf(zip: string) {
  const { timetable } = await loadFeed(sharedPath('gtfs', zip));
  const tt = timetable!;
  const index = new StopSearchIndex(tt, callsPerStop(tt));
  return (q: string) =>
    index.search(q, 8).map((m) => ({
      id: tt.stops.id[m.stop],
      name: tt.stops.name[m.stop],
      type: tt.stops.locationType[m.stop],
    }));
}

describe('station search on real feeds', () => {
  it('DB: "Berlin Hbf" returns the station first and none of its platforms', async () => {
    const search = await indexOf('db-fernverkehr-2023.zip');
    const found = search('Berlin Hbf');
    expect(found[0].name).toBe('S+U Berlin Hauptbahnhof');
    expect(found[0].type).toBe(1);
    expect(found.filter((s) => s.name.startsWith('Berlin Hbf'))).toEqual([]);
    expect(search('Frankfrut')[0].name).toMatch(/^Frankfurt/); // one edit
  });

  it('NYC subway: typed names, a typo and an extra word', async () => {
    const search = await indexOf('mta-subway-2026.zip');
    expect(search('Times Sq')[0].name).toBe('Times Sq-42 St');
    expect(search('grand centrl')[0].name).toBe('Grand Central-42 St');
    expect(search('atlantic av barclays center')[0].name).toBe('Atlantic Av-Barclays Ctr');
  });
});
