import * as L from 'leaflet';
import type { NetworkResponse } from '../../server/api/contract/index.ts';
import { domLabel } from './domLabel.ts';
import { toLatLng } from './journeyOverlay.ts';
import { arrowDirection, neighbourIn } from './markerNavigation.ts';
import { borderIconSize, isMajorStation, lineStyle, stationIcon, stationLabelMode } from './networkStyle.ts';
import { ensurePanes } from './panes.ts';

/** Options of NetworkLayer. */
export interface NetworkLayerOptions {
  /** Called when a station is clicked or activated with the keyboard. */
  onStationClick: (id: string, name: string) => void;
  /** Tooltip texts: a station kind label and a crossing label. */
  labels: { station: string; borderStation: string; crossing: (from: string, to: string) => string };
}

/**
 * The corridor network from GET /api/network: lines in their route colours, stations as markers
 * (larger for major stations, a distinct diamond for border stations, names as text nodes) that
 * take one Tab stop together, arrow keys moving between them, and border crossing points. Owns its Leaflet layers: built in onAdd, removed in onRemove.
 */
export class NetworkLayer extends L.Layer {
  private group: L.LayerGroup | undefined;
  /** Station markers in west-to-east order: one of them is in the Tab order, arrows move between them. */
  private stations: { marker: L.Marker; id: string }[] = [];
  private current = 0;

  constructor(
    private readonly network: NetworkResponse,
    private readonly opts: NetworkLayerOptions,
  ) {
    super();
  }

  /** The network's extent as Leaflet bounds, or undefined when it has no features. */
  bounds(): L.LatLngBounds | undefined {
    const b = this.network.bbox;
    return b ? L.latLngBounds([b[1], b[0]], [b[3], b[2]]) : undefined;
  }

  override onAdd(map: L.Map): this {
    ensurePanes(map);
    const group = L.layerGroup();
    const maxDepartures = Math.max(
      0,
      ...this.network.features.map((f) => (f.properties.kind === 'station' ? f.properties.departures : 0)),
    );
    const crossingsDrawn = new Set<string>();
    for (const f of this.network.features) {
      const p = f.properties;
      if (p.kind === 'line' && f.geometry.type === 'LineString') {
        const latLngs = f.geometry.coordinates.map(toLatLng);
        L.polyline(latLngs, {
          pane: 'networkLines',
          color: '#ffffff',
          weight: 7,
          opacity: 0.9,
          interactive: false,
        }).addTo(group);
        L.polyline(latLngs, { ...lineStyle(p), pane: 'networkLines', interactive: false }).addTo(group);
      } else if (p.kind === 'station' && f.geometry.type === 'Point') {
        const major = isMajorStation(p, maxDepartures);
        const spec = stationIcon(p, major);
        const labelMode = stationLabelMode(p, major);
        const marker = L.marker(toLatLng(f.geometry.coordinates), {
          pane: 'stations',
          icon: L.divIcon({ className: spec.className, iconSize: [spec.size, spec.size] }),
          // Not Leaflet's tabindex on every marker (35 Tab stops): one roving stop, set below.
          keyboard: false,
          title: p.name,
          riseOnHover: true,
        });
        const kind = p.isBorder ? this.opts.labels.borderStation : this.opts.labels.station;
        marker.bindTooltip(domLabel([p.name, kind]), {
          permanent: labelMode !== 'hover',
          direction: 'right',
          offset: [spec.size / 2, 0],
          className: `station-tooltip station-tooltip--${labelMode}`,
        });
        marker.on('click', () => this.opts.onStationClick(p.id, p.name));
        marker.on('add', () => {
          const el = marker.getElement();
          el?.setAttribute('role', 'button');
          el?.setAttribute('aria-label', `${p.name} (${kind})`);
          el?.setAttribute('data-station', p.id);
          el?.addEventListener('keydown', (e) => this.onKey(e, p.id, p.name));
          el?.addEventListener('focus', () => {
            this.current = this.stations.findIndex((s) => s.id === p.id);
            marker.openTooltip();
          });
          el?.addEventListener('blur', () => {
            if (labelMode === 'hover') marker.closeTooltip();
          });
        });
        marker.addTo(group);
        this.stations.push({ marker, id: p.id });
      } else if (p.kind === 'borderCrossing' && f.geometry.type === 'Point') {
        // Both directions cross at the same point: one marker.
        const at = f.geometry.coordinates.join(',');
        if (crossingsDrawn.has(at)) continue;
        crossingsDrawn.add(at);
        const size = borderIconSize('crossing');
        const label = this.opts.labels.crossing(p.fromCountry, p.toCountry);
        L.marker(toLatLng(f.geometry.coordinates), {
          pane: 'crossings',
          icon: L.divIcon({ className: 'crossing-icon', iconSize: [size, size] }),
          keyboard: false,
          title: label,
        })
          .bindTooltip(domLabel([label]), { direction: 'top' })
          .addTo(group);
      }
    }
    this.stations.sort((a, b) => a.marker.getLatLng().lng - b.marker.getLatLng().lng);
    this.group = group.addTo(map);
    this.rove(0);
    return this;
  }

  /** Puts the station at `index` (and only it) in the Tab order. */
  private rove(index: number): void {
    this.current = index;
    this.stations.forEach((s, i) => {
      s.marker.getElement()?.setAttribute('tabindex', i === index ? '0' : '-1');
    });
  }

  /**
   * Keys on a focused station: Enter or Space opens its board; arrows move to the nearest station
   * that way on screen (panning it into view), Home and End to the westernmost and easternmost.
   */
  private onKey(e: KeyboardEvent, id: string, name: string): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.opts.onStationClick(id, name);
      return;
    }
    const map = this._map;
    if (!map) return;
    let next: number | undefined;
    const dir = arrowDirection(e.key);
    if (dir) {
      const points = this.stations.map((s) => map.latLngToContainerPoint(s.marker.getLatLng()));
      next = neighbourIn(points, this.current, dir);
    } else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.stations.length - 1;
    else return;
    e.preventDefault();
    e.stopPropagation(); // not Leaflet's keyboard panning
    if (next === undefined) return;
    this.rove(next);
    const target = this.stations[next].marker;
    map.panInside(target.getLatLng(), { padding: [40, 40] });
    target.getElement()?.focus({ preventScroll: true });
  }

  override onRemove(map: L.Map): this {
    if (this.group) map.removeLayer(this.group);
    this.group = undefined;
    return this;
  }
}
