import * as L from 'leaflet';
import type { Journey } from '../../server/api/contract/index.ts';
import { domLabel } from './domLabel.ts';
import { journeyOverlay } from './journeyOverlay.ts';
import { borderIconSize } from './networkStyle.ts';
import { ensurePanes } from './panes.ts';

/** Options of JourneyLayer. */
export interface JourneyLayerOptions {
  /** Tooltip of a border crossing point, e.g. "Border crossing: Russia → Belarus". */
  crossingLabel: (from: string, to: string) => string;
  /** Tooltip of a walk leg, e.g. "Walk". */
  walkLabel: string;
}

/**
 * The selected journey drawn over the network: each leg in its own colour on a white casing, walks
 * dashed, the origin and destination as rings and each border crossing as a marked point
 * (`.journey-crossing`, with the advisory in its tooltip).
 */
export class JourneyLayer extends L.Layer {
  private group: L.LayerGroup | undefined;

  constructor(
    private readonly journey: Journey,
    private readonly opts: JourneyLayerOptions,
  ) {
    super();
  }

  /** Bounds of the journey's geometry (to fit the map to it). */
  bounds(): L.LatLngBounds {
    const o = journeyOverlay(this.journey);
    return L.latLngBounds([o.origin.latLng, o.destination.latLng, ...o.paths.flatMap((p) => p.latLngs)]);
  }

  override onAdd(map: L.Map): this {
    ensurePanes(map);
    const o = journeyOverlay(this.journey);
    const group = L.layerGroup();
    for (const p of o.paths) {
      if (p.kind === 'train') {
        L.polyline(p.latLngs, {
          pane: 'journey',
          color: '#ffffff',
          weight: 11,
          opacity: 1,
          interactive: false,
        }).addTo(group);
      }
      L.polyline(p.latLngs, {
        pane: 'journey',
        color: p.color,
        weight: p.kind === 'train' ? 7 : 4,
        dashArray: p.dashArray,
        opacity: 1,
        className: `journey-leg journey-leg--${p.kind}`,
      })
        .bindTooltip(domLabel([p.kind === 'walk' ? this.opts.walkLabel : p.label]), { sticky: true })
        .addTo(group);
    }
    for (const end of [o.origin, o.destination]) {
      L.circleMarker(end.latLng, {
        pane: 'journeyEnds',
        radius: 9,
        color: '#1d2b36',
        weight: 3,
        fillColor: '#ffd23f',
        fillOpacity: 1,
        className: 'journey-end',
      })
        .bindTooltip(domLabel([end.name]))
        .addTo(group);
    }
    const size = borderIconSize('crossing') + 8;
    for (const c of o.crossings) {
      const label = this.opts.crossingLabel(c.fromCountry, c.toCountry);
      L.marker(c.latLng, {
        pane: 'crossings',
        icon: L.divIcon({ className: 'crossing-icon journey-crossing', iconSize: [size, size] }),
        title: label,
        keyboard: false,
      })
        .bindTooltip(domLabel(c.advisory ? [label, c.advisory] : [label], 'map-label map-label--advisory'), {
          direction: 'top',
          offset: [0, -size / 2],
        })
        .addTo(group);
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
