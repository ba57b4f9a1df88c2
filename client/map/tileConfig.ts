/** OpenStreetMap's standard tiles: the default when the page does not name another server. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Attribution shown with the tiles and the bundled borders (static text, not data). */
export const TILE_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors · borders: Natural Earth';

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
