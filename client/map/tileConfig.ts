/** OpenStreetMap's standard tiles: the default when the page does not name another server. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The OpenStreetMap link of the attribution, put into the UI language's `map.attribution` text. */
export const OSM_LINK = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/**
 * The raster tile URL template from `<meta name="corridor-tile-url" content="…">` (the server
 * rewrites it from TILE_URL; no inline script, so the CSP can forbid them). Falls back to OSM when
 * the tag is missing, empty or not an http(s) template with {z}/{x}/{y}.
 */
export function tileUrlFrom(content: string | null | undefined): string {
  const v = content?.trim();
  if (!v || !/^https?:\/\//.test(v) || !v.includes('{z}') || !v.includes('{x}') || !v.includes('{y}')) {
    return DEFAULT_TILE_URL;
  }
  return v;
}
