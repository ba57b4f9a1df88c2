import { describe, expect, it } from 'vitest';
import { findBorderCrossings } from '../../server/network/findBorderCrossings.ts';
import type { LonLat } from '../../server/network/geo.ts';
import { naturalEarthLocator } from '../../server/network/naturalEarth.ts';

const locator = naturalEarthLocator();

// Real positions from ../shared/corridor/line_sequences.csv (OSM), copied as test facts.
const krasnoye: LonLat = [31.037539, 54.682621];
const borderMain: LonLat = [30.987625, 54.682434];
const shukhovtsy: LonLat = [30.888786, 54.686317];

describe('countryAt', () => {
  it('places stations on either side of the Russia–Belarus border', () => {
    expect(locator.countryAt(...krasnoye)).toBe('RU');
    expect(locator.countryAt(...shukhovtsy)).toBe('BY');
    expect(locator.countryAt(13.3777, 52.5163)).toBe('DE'); // Berlin
    expect(locator.countryAt(-79.3806, 43.6453)).toBe('CA'); // Toronto Union
    expect(locator.countryAt(-30, 40)).toBe(''); // Atlantic
  });
});

describe('findBorderCrossings', () => {
  const stops = [
    { lon: krasnoye[0], lat: krasnoye[1], country: 'RU' },
    { lon: shukhovtsy[0], lat: shukhovtsy[1], country: 'BY' },
  ];

  it('snaps to the surveyed crossing point when the shape passes through it', () => {
    const [c] = findBorderCrossings(stops, [krasnoye, borderMain, shukhovtsy], [0, 2], locator);
    expect(c).toEqual({ fromCountry: 'RU', toCountry: 'BY', point: borderMain, afterStop: 0, beforeStop: 1 });
  });

  it('finds the crossing on a bare stop-to-stop line, between the two stops', () => {
    const [c] = findBorderCrossings(stops, [krasnoye, shukhovtsy], [0, 1], locator);
    expect(c.fromCountry).toBe('RU');
    expect(c.point[0]).toBeLessThan(krasnoye[0]);
    expect(c.point[0]).toBeGreaterThan(shukhovtsy[0]);
    // Natural Earth 1:10m is within a few km of the surveyed point.
    expect(Math.abs(c.point[0] - borderMain[0])).toBeLessThan(0.05);
  });

  it('reports nothing for a domestic leg and skips stops of unknown country', () => {
    const domestic = [
      stops[0],
      { lon: 31.9, lat: 54.8, country: '' },
      { lon: 32.03, lat: 54.79, country: 'RU' },
    ];
    expect(findBorderCrossings(domestic, [], [0, 0, 0], locator)).toEqual([]);
  });
});
