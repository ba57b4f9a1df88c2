import type { Map as LeafletMap } from 'leaflet';

/** Map panes, bottom to top, and their z-index (Leaflet: tiles 200, overlays 400, markers 600). */
export const PANES = {
  countries: 250,
  networkLines: 410,
  journey: 450,
  stations: 620,
  journeyEnds: 630,
  /** Above Leaflet's tooltip pane (650): a station label must never hide a crossing. */
  crossings: 660,
} as const;

/** A pane name. */
export type PaneName = keyof typeof PANES;

/** Creates the corridor panes on a map once (idempotent), so layers stack the same whatever order they are added. */
export function ensurePanes(map: LeafletMap): void {
  for (const [name, z] of Object.entries(PANES)) {
    if (!map.getPane(name)) map.createPane(name).style.zIndex = String(z);
  }
}
