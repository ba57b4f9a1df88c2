import type { Journey, NetworkResponse } from '../../server/api/contract/index.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { countryName, type Lang, t } from '../i18n/t.ts';
import { CorridorMap } from '../map/CorridorMap.ts';
import { OSM_LINK } from '../map/tileConfig.ts';

/**
 * The map side of the planner: loads GET /api/network for a language and feed (once per pair),
 * draws it, remembers station names by id (to fill the form from a link) and shows the journey.
 */
export class MapPanel {
  private readonly map: CorridorMap;
  private loaded: { lang: Lang; feed: string | undefined } | undefined;
  private pending: Promise<NetworkResponse | undefined> | undefined;
  /** Station names by id, in the language of the last network load (and of picked stations). */
  readonly names = new Map<string, string>();

  constructor(
    container: HTMLElement,
    tileUrl: string,
    lang: Lang,
    private readonly api: ApiClient,
    private readonly onStation: (id: string, name: string) => void,
  ) {
    this.map = new CorridorMap(container, tileUrl, t(lang, 'map.label'));
  }

  /** Loads and draws the network unless it is already drawn for this language and feed. */
  async load(lang: Lang, feed: string | undefined): Promise<NetworkResponse | undefined> {
    if (this.loaded?.lang === lang && this.loaded.feed === feed && this.pending) return this.pending;
    const first = !this.loaded;
    this.loaded = { lang, feed };
    this.map.setZoomTitles(t(lang, 'map.zoomIn'), t(lang, 'map.zoomOut'));
    this.map.setAttribution(t(lang, 'map.attribution', { osm: OSM_LINK }));
    this.map.setLegend(
      [
        { symbol: 'station-icon station-icon--major', label: t(lang, 'legend.major') },
        { symbol: 'station-icon station-icon--minor', label: t(lang, 'legend.station') },
        { symbol: 'station-icon station-icon--border', label: t(lang, 'map.borderStation') },
        { symbol: 'crossing-icon', label: t(lang, 'legend.crossing') },
        { symbol: 'legend-border-line', label: t(lang, 'legend.stateBorder') },
      ],
      t(lang, 'legend.title'),
    );
    this.pending = this.api.network(lang, feed).then((network) => {
      if (this.loaded?.lang !== lang || this.loaded.feed !== feed) return undefined; // superseded
      for (const f of network.features) {
        if (f.properties.kind === 'station') this.names.set(f.properties.id, f.properties.name);
      }
      this.map.setNetwork(
        network,
        {
          onStationClick: (id, name) => this.onStation(id, name),
          labels: {
            station: t(lang, 'map.station'),
            borderStation: t(lang, 'map.borderStation'),
            crossing: (from, to) => crossingLabel(lang, from, to),
          },
        },
        first,
      );
      return network;
    });
    this.pending.catch(() => {
      this.loaded = undefined; // retry on the next load
    });
    return this.pending;
  }

  /** Draws the selected journey (or clears it). */
  showJourney(journey: Journey | undefined, lang: Lang): void {
    this.map.showJourney(journey, {
      crossingLabel: (from, to) => crossingLabel(lang, from, to),
      walkLabel: t(lang, 'map.walk'),
    });
  }
}

/** "Border crossing: Russia → Belarus" in `lang`. */
function crossingLabel(lang: Lang, from: string, to: string): string {
  return t(lang, 'border.marker', { from: countryName(lang, from), to: countryName(lang, to) });
}
