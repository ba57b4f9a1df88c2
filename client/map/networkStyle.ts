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

/**
 * Whether a station is drawn as major: flagged by the API, or served by at least three quarters of
 * the busiest station's trips (termini and junctions of a small network such as the corridor's).
 */
export function isMajorStation(p: StationProps, maxDepartures: number): boolean {
  return p.major || (maxDepartures > 0 && p.departures >= 0.75 * maxDepartures);
}

/** The marker kind of a station: border stations get their own marker even when major. */
export function stationMarkerKind(p: StationProps, major = p.major): StationMarkerKind {
  if (p.isBorder) return 'border';
  return major ? 'major' : 'minor';
}

/** Marker radius in CSS pixels: major and border stations larger than halts. */
export function stationRadius(p: StationProps, major = p.major): number {
  return stationMarkerKind(p, major) === 'minor' ? 4 : 7;
}

/** The div-icon of a station: a CSS class per kind (styles/map.css draws it) and its side in pixels. */
export function stationIcon(p: StationProps, major = p.major): { className: string; size: number } {
  const kind = stationMarkerKind(p, major);
  return {
    className: `station-icon station-icon--${kind}`,
    size: kind === 'border' ? 16 : stationRadius(p, major) * 2,
  };
}

/**
 * When a station's name shows: always for major stations, from zoom 10 for border stations (they
 * cluster near the border and would overlap at the corridor's overview zoom), else on hover.
 */
export function stationLabelMode(p: StationProps, major = p.major): 'always' | 'zoomed' | 'hover' {
  if (major) return 'always';
  return p.isBorder ? 'zoomed' : 'hover';
}

/** Zoom level from which `zoomed` labels show. */
export const DETAIL_ZOOM = 10;

/** Side in CSS pixels of the square icon of a border station or a border crossing point. */
export function borderIconSize(kind: 'borderStation' | 'crossing'): number {
  return kind === 'crossing' ? 18 : 16;
}
