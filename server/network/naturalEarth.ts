import type { Topology } from 'topojson-specification';
import world10m from 'world-atlas/countries-10m.json' with { type: 'json' };
import { type CountryLocator, createCountryLocator } from './countryLocator.ts';

/**
 * Builds the country locator over Natural Earth 1:10m countries (public domain, npm `world-atlas`).
 * Takes ≈ 0.3 s: build it once in the composition root (main.ts / cli.ts) and pass it on.
 */
export function naturalEarthLocator(): CountryLocator {
  return createCountryLocator(world10m as unknown as Topology);
}
