import * as L from 'leaflet';
import type { Topology } from 'topojson-specification';
import { type CountryBorders, countryBorders } from './countryBorders.ts';
import { ensurePanes } from './panes.ts';

/** Fill of the two corridor countries and of their neighbours (a tint each, so the border reads). */
const FILL: Record<string, string> = { Russia: '#f6efe4', Belarus: '#eaf2e3' };
const NEIGHBOUR_FILL = '#f2f2ef';

/**
 * Country areas and the land borders between them from bundled Natural Earth data (world-atlas
 * countries-50m, loaded as a separate chunk), so the map is readable with no tile server. Call
 * `tilesAvailable()` once tiles load: the fills then turn translucent so the tiles show through.
 */
export class CountryBordersLayer extends L.Layer {
  private group: L.LayerGroup | undefined;
  private areas: L.GeoJSON | undefined;
  private data: Promise<CountryBorders> | undefined;
  private translucent = false;

  override onAdd(map: L.Map): this {
    ensurePanes(map);
    const group = L.layerGroup().addTo(map);
    this.group = group;
    this.data ??= import('world-atlas/countries-50m.json').then((m) =>
      countryBorders((m as { default: unknown }).default as Topology),
    );
    this.data.then((d) => {
      if (this.group !== group) return; // removed meanwhile
      this.areas = L.geoJSON(d.countries, {
        pane: 'countries',
        interactive: false,
        style: (f) => ({
          stroke: false,
          fillColor: FILL[f?.properties?.name as string] ?? NEIGHBOUR_FILL,
          fillOpacity: this.translucent ? 0.25 : 1,
        }),
      }).addTo(group);
      L.geoJSON(d.borders, {
        pane: 'countries',
        interactive: false,
        style: { color: '#ffffff', weight: 6, opacity: 0.8 },
      }).addTo(group);
      L.geoJSON(d.borders, {
        pane: 'countries',
        interactive: false,
        style: { color: '#7a2e8c', weight: 2.5, dashArray: '8 5', opacity: 0.9, className: 'country-border' },
      }).addTo(group);
    });
    return this;
  }

  /** Tiles are loading: let them show through the country fills. */
  tilesAvailable(): void {
    if (this.translucent) return;
    this.translucent = true;
    this.areas?.setStyle({ fillOpacity: 0.25 });
  }

  override onRemove(map: L.Map): this {
    if (this.group) map.removeLayer(this.group);
    this.group = undefined;
    this.areas = undefined;
    return this;
  }
}
