import * as L from 'leaflet';
import type { Journey, NetworkResponse } from '../../server/api/contract/index.ts';
import { CountryBordersLayer } from './CountryBordersLayer.ts';
import { JourneyLayer, type JourneyLayerOptions } from './JourneyLayer.ts';
import { type LegendItem, MapLegend } from './MapLegend.ts';
import { NetworkLayer, type NetworkLayerOptions } from './NetworkLayer.ts';
import { DETAIL_ZOOM } from './networkStyle.ts';

/** Room around fitted bounds for the station labels, which sit to the right of their markers. */
function fitPadding(map: L.Map): L.FitBoundsOptions {
  const right = map.getSize().x < 500 ? 70 : 150;
  return { paddingTopLeft: [20, 20], paddingBottomRight: [right, 20] };
}

/** Where the map starts before the network arrives: the corridor, Smolensk to Vitebsk. */
const CORRIDOR_BOUNDS = L.latLngBounds([54.4, 29.9], [55.3, 32.2]);

/**
 * The map: raster tiles when reachable, Natural Earth country areas and borders always, the
 * network, and the selected journey on top. Holds its layers; no module state.
 */
export class CorridorMap {
  readonly map: L.Map;
  private readonly borders = new CountryBordersLayer();
  private network: NetworkLayer | undefined;
  private journey: JourneyLayer | undefined;
  private legend: MapLegend | undefined;
  private zoom: L.Control.Zoom | undefined;
  /** What the map was last fitted to, refitted when the container resizes until the user moves the map. */
  private target: L.LatLngBounds | undefined;
  private userMoved = false;
  private attribution: string | undefined;

  constructor(container: HTMLElement, tileUrl: string, label: string) {
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    this.map = L.map(container, { zoomSnap: 0.25, minZoom: 5, maxZoom: 16, worldCopyJump: false });
    this.map.fitBounds(CORRIDOR_BOUNDS);
    const tiles = L.tileLayer(tileUrl, { maxZoom: 19, crossOrigin: true });
    tiles.once('tileload', () => this.borders.tilesAvailable());
    tiles.addTo(this.map);
    this.borders.addTo(this.map);
    // Border-station names only when zoomed in enough for them not to overlap (styles/map.css).
    const detail = () => container.classList.toggle('map--detail', this.map.getZoom() >= DETAIL_ZOOM);
    this.map.on('zoomend', detail);
    detail();
    // The container changes size as results arrive (phones, the embed): keep the view fitted.
    for (const type of ['pointerdown', 'wheel', 'keydown'] as const) {
      container.addEventListener(type, () => {
        this.userMoved = true;
      });
    }
    new ResizeObserver(() => {
      this.map.invalidateSize({ pan: false });
      // Without animation the view is reset, so the vector renderers redraw for the new size.
      if (this.target && !this.userMoved)
        this.map.fitBounds(this.target, { ...this.fitOptions(), animate: false });
    }).observe(container);
  }

  private fit(bounds: L.LatLngBounds): void {
    this.target = bounds;
    this.userMoved = false;
    this.map.fitBounds(bounds, this.fitOptions());
  }

  private fitOptions(): L.FitBoundsOptions {
    return { ...fitPadding(this.map), maxZoom: 12 };
  }

  /** Draws (or redraws, e.g. in another language) the network. Fits the map when `fit`. */
  setNetwork(network: NetworkResponse, opts: NetworkLayerOptions, fit: boolean): void {
    if (this.network) this.map.removeLayer(this.network);
    this.network = new NetworkLayer(network, opts).addTo(this.map);
    const b = this.network.bounds();
    if (fit && b && !this.journey) this.fit(b);
  }

  /**
   * The attribution of the tiles and the bundled borders in the UI language (static catalogue
   * text with the OpenStreetMap link, never data), replacing the previous language's.
   */
  setAttribution(html: string): void {
    const control = this.map.attributionControl;
    // Leaflet's own prefix carries an English title ("A JavaScript library…"): the name alone.
    control.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (this.attribution) control.removeAttribution(this.attribution);
    this.attribution = html;
    control.addAttribution(html);
  }

  /** Zoom button tooltips in the UI language (Leaflet's are English). */
  setZoomTitles(zoomInTitle: string, zoomOutTitle: string): void {
    this.zoom?.remove();
    this.map.zoomControl?.remove();
    this.zoom = L.control.zoom({ zoomInTitle, zoomOutTitle }).addTo(this.map);
  }

  /** Shows (or replaces, after a language switch) the legend. */
  setLegend(items: LegendItem[], title: string): void {
    this.legend?.remove();
    this.legend = new MapLegend(items, title).addTo(this.map);
  }

  /** Draws the selected journey over the network (or removes it) and fits the map to it. */
  showJourney(journey: Journey | undefined, labels: JourneyLayerOptions): void {
    if (this.journey) this.map.removeLayer(this.journey);
    this.journey = undefined;
    if (!journey) return;
    this.journey = new JourneyLayer(journey, labels).addTo(this.map);
    this.fit(this.journey.bounds());
  }

  /** Tells Leaflet its container changed size (layout switch on small screens). */
  resized(): void {
    this.map.invalidateSize();
  }
}
