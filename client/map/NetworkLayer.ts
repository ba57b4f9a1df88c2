import * as L from 'leaflet';
import type { NetworkResponse } from '../../server/api/contract/index.ts';
import { domLabel } from './domLabel.ts';
import { toLatLng } from './journeyOverlay.ts';
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
 * The corridor network from GET /api/network: lines in their route colours, stations as focusable
 * markers (larger for major stations, a distinct diamond for border stations, names as text nodes)
 * and border crossing points. Owns its Leaflet layers: built in onAdd, removed in onRemove.
 */
export class NetworkLayer extends L.Layer {
  private group: L.LayerGroup | undefined;

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
          keyboard: true,
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
          // Leaflet makes the marker focusable but only maps Enter to popups: open the board ourselves.
          el?.addEventListener('keydown', (e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            this.opts.onStationClick(p.id, p.name);
          });
        });
        marker.addTo(group);
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
    this.group = group.addTo(map);
    return this;
  }

  override onRemove(map: L.Map): this {
    if (this.group) map.removeLayer(this.group);
    this.group = undefined;
    return this;
  }
}
