import type { LatLngTuple } from 'leaflet';
import type { Journey } from '../../server/api/contract/index.ts';
import { cssColor } from './networkStyle.ts';

/** Colours for train legs without a route colour, by leg order (distinct, readable on light maps). */
export const LEG_PALETTE = ['#0057b8', '#c8102e', '#00843d', '#7a2e8c', '#e87722', '#007a87'];

/** One drawn piece of a journey. */
export interface OverlayPath {
  legIndex: number;
  kind: 'train' | 'walk';
  latLngs: LatLngTuple[];
  color: string;
  dashArray?: string;
  /** Train number or route name; empty for walks (the layer labels them in the UI language). */
  label: string;
}

/** A border crossing of the journey, positioned. */
export interface OverlayCrossing {
  latLng: LatLngTuple;
  fromCountry: string;
  toCountry: string;
  advisory: string | null;
}

/** What JourneyLayer draws: the legs, their crossings and the two ends. */
export interface JourneyOverlay {
  paths: OverlayPath[];
  crossings: OverlayCrossing[];
  origin: { latLng: LatLngTuple; name: string };
  destination: { latLng: LatLngTuple; name: string };
}

/** GeoJSON [lon, lat] to Leaflet [lat, lon]. */
export function toLatLng([lon, lat]: readonly [number, number] | readonly number[]): LatLngTuple {
  return [lat, lon];
}

/**
 * The journey as map geometry: each train leg in its route colour (or the palette colour of its
 * position, when two legs share a colour or none is set), walks dashed grey, crossings as points.
 */
export function journeyOverlay(journey: Journey): JourneyOverlay {
  const used = new Set<string>();
  const paths: OverlayPath[] = journey.legs.map((leg, legIndex) => {
    const coords = leg.geometry.coordinates.length
      ? leg.geometry.coordinates
      : [
          [leg.from.stop.lon, leg.from.stop.lat],
          [leg.to.stop.lon, leg.to.stop.lat],
        ];
    const latLngs = coords.map(toLatLng);
    if (leg.type === 'walk') {
      return { legIndex, kind: 'walk', latLngs, color: '#4a4a4a', dashArray: '4 6', label: '' };
    }
    let color = cssColor(leg.trip.route.color, '');
    if (!color || used.has(color)) color = LEG_PALETTE[legIndex % LEG_PALETTE.length];
    used.add(color);
    return { legIndex, kind: 'train', latLngs, color, label: leg.trip.name || leg.trip.route.name };
  });
  const crossings = journey.legs.flatMap((leg) =>
    leg.type === 'train'
      ? leg.borderCrossings.map((c) => ({
          latLng: toLatLng(c.point),
          fromCountry: c.fromCountry,
          toCountry: c.toCountry,
          advisory: c.advisory,
        }))
      : [],
  );
  const first = journey.legs[0];
  const last = journey.legs[journey.legs.length - 1];
  return {
    paths,
    crossings,
    origin: { latLng: [first.from.stop.lat, first.from.stop.lon], name: first.from.stop.name },
    destination: { latLng: [last.to.stop.lat, last.to.stop.lon], name: last.to.stop.name },
  };
}
