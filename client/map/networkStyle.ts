import type { PathOptions } from 'leaflet';
import type { NetworkFeatureProps } from '../../server/api/contract/index.ts';

type LineProps = Extract<NetworkFeatureProps, { kind: 'line' }>;
type StationProps = Extract<NetworkFeatureProps, { kind: 'station' }>;

/** Default colour of a line whose route has none. */
export const DEFAULT_LINE_COLOR = '#5b6b7a';

/** A GTFS colour (`C8102E`, with or without `#`) as CSS, or the fallback when absent or malformed. */
export function cssColor(gtfs: string | null | undefined, fallback = DEFAULT_LINE_COLOR): string {
  if (!gtfs) return fallback;
  const hex = gtfs.replace(/^#/, '');
  return /^[0-9a-fA-F]{6}$/.test(hex) ? `#${hex.toUpperCase()}` : fallback;
}

/** How a network line is drawn: its route colour under a white casing, thin and slightly translucent. */
export function lineStyle(p: LineProps): PathOptions {
  return { color: cssColor(p.color), weight: 4, opacity: 0.75, lineCap: 'round', lineJoin: 'round' };
}

/** Which marker a station gets: border stations stand out; major stations are drawn larger. */
export type StationMarkerKind = 'border' | 'major' | 'minor';

/** The marker kind of a station. */
export function stationMarkerKind(p: StationProps): StationMarkerKind {
  if (p.isBorder) return 'border';
  return p.major ? 'major' : 'minor';
}

/** Marker radius in CSS pixels: major and border stations larger than halts. */
export function stationRadius(p: StationProps): number {
  const kind = stationMarkerKind(p);
  return kind === 'minor' ? 4 : 7;
}

/** The div-icon of a station: a CSS class per kind (styles/map.css draws it) and its side in pixels. */
export function stationIcon(p: StationProps): { className: string; size: number } {
  const kind = stationMarkerKind(p);
  return {
    className: `station-icon station-icon--${kind}`,
    size: kind === 'border' ? 16 : stationRadius(p) * 2,
  };
}

/** Whether a station's name is always shown next to it (major and border stations) or only on hover. */
export function stationLabelPermanent(p: StationProps): boolean {
  return stationMarkerKind(p) !== 'minor';
}

/** Side in CSS pixels of the square icon of a border station or a border crossing point. */
export function borderIconSize(kind: 'borderStation' | 'crossing'): number {
  return kind === 'crossing' ? 18 : 16;
}
