import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryBorders } from '../../client/map/countryBorders.ts';
import { journeyOverlay, LEG_PALETTE } from '../../client/map/journeyOverlay.ts';
import {
  cssColor,
  isMajorStation,
  lineStyle,
  stationIcon,
  stationLabelMode,
  stationMarkerKind,
  stationRadius,
} from '../../client/map/networkStyle.ts';
import { DEFAULT_TILE_URL, tileUrlFrom } from '../../client/map/tileConfig.ts';
import { changeJourney, directJourney, leg6191, legOrsha } from './fixtures/journeys.ts';
import { network } from './fixtures/network.ts';

const stations = network.features.flatMap((f) => (f.properties.kind === 'station' ? [f.properties] : []));
const lines = network.features.flatMap((f) => (f.properties.kind === 'line' ? [f.properties] : []));

describe('network styling', () => {
  it('draws lines in their route colour, with a fallback', () => {
    expect(lineStyle(lines[0]).color).toBe('#C8102E');
    expect(lineStyle(lines[1]).color).toBe('#5b6b7a');
    expect(cssColor('#abc')).toBe('#5b6b7a');
  });

  it('makes major stations larger and border stations distinct', () => {
    const [smolensk, gusino, osinovka] = stations;
    expect(stationMarkerKind(smolensk)).toBe('major');
    expect(stationMarkerKind(gusino)).toBe('minor');
    expect(stationMarkerKind(osinovka)).toBe('border');
    expect(stationRadius(smolensk)).toBeGreaterThan(stationRadius(gusino));
    expect(stationIcon(osinovka).className).toContain('station-icon--border');
    expect(stationLabelMode(smolensk)).toBe('always');
    expect(stationLabelMode(gusino)).toBe('hover');
    expect(stationLabelMode(osinovka)).toBe('zoomed');
  });

  it('treats the busiest stations as major even when the API does not flag them', () => {
    const [smolensk, gusino] = stations;
    const unflagged = { ...smolensk, major: false };
    expect(isMajorStation(unflagged, 400)).toBe(true);
    expect(isMajorStation(gusino, 400)).toBe(false);
    expect(stationIcon(unflagged, true).className).toContain('station-icon--major');
    expect(isMajorStation(gusino, 0)).toBe(false);
  });
});

describe('journeyOverlay', () => {
  it('colours legs by route and marks the crossing at its point', () => {
    const o = journeyOverlay(changeJourney);
    expect(o.paths.map((p) => p.color)).toEqual(['#C8102E', '#00843D']);
    expect(o.paths[0].latLngs[0]).toEqual([54.798344, 32.03447]);
    expect(o.crossings).toEqual([
      {
        latLng: [54.66, 30.83],
        fromCountry: 'RU',
        toCountry: 'BY',
        advisory: expect.stringContaining('Russia → Belarus'),
      },
    ]);
    expect(o.origin.name).toBe('Smolensk-Tsentralny');
    expect(o.destination.name).toBe('Orsha-Tsentralnaya');
  });

  it('gives legs of the same colour distinct palette colours', () => {
    const same = { ...changeJourney, legs: [leg6191, { ...legOrsha, trip: { ...leg6191.trip } }] };
    const o = journeyOverlay(same);
    expect(o.paths[1].color).toBe(LEG_PALETTE[1]);
  });

  it('falls back to a straight line between the stops without geometry', () => {
    const leg = { ...directJourney.legs[0], geometry: { type: 'LineString' as const, coordinates: [] } };
    expect(journeyOverlay({ ...directJourney, legs: [leg] }).paths[0].latLngs).toHaveLength(2);
  });
});

describe('countryBorders', () => {
  // Two squares sharing one edge (arc 1) near the corridor, and a far-away island.
  const topology = {
    type: 'Topology',
    arcs: [
      [
        [30, 54],
        [30, 55],
      ],
      [
        [30, 55],
        [29, 55],
        [29, 54],
        [30, 54],
      ],
      [
        [30, 54],
        [31, 54],
        [31, 55],
        [30, 55],
      ],
      [
        [100, 0],
        [101, 0],
        [101, 1],
        [100, 0],
      ],
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'Belarus' } },
          { type: 'Polygon', arcs: [[2, ~0]], properties: { name: 'Russia' } },
          { type: 'Polygon', arcs: [[3]], properties: { name: 'Faraway' } },
        ],
      },
    },
  } as unknown as Topology;

  it('keeps the region’s countries and only the shared border', () => {
    const b = countryBorders(topology);
    expect(b.countries.features.map((f) => f.properties.name).sort()).toEqual(['Belarus', 'Russia']);
    expect(b.borders.geometry.coordinates).toEqual([
      [
        [30, 54],
        [30, 55],
      ],
    ]);
  });
});

describe('tileUrlFrom', () => {
  it('uses the meta tag’s template, else OpenStreetMap', () => {
    expect(tileUrlFrom('https://tiles.example.org/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.org/{z}/{x}/{y}.png',
    );
    expect(tileUrlFrom('')).toBe(DEFAULT_TILE_URL);
    expect(tileUrlFrom('javascript:alert(1)//{z}{x}{y}')).toBe(DEFAULT_TILE_URL);
    expect(tileUrlFrom(null)).toBe(DEFAULT_TILE_URL);
  });
});
