/** Travel-time bands of the reach map, minutes (upper bounds), and their colours (light = near). */
export const REACH_BANDS: { upTo: number; colour: string }[] = [
  { upTo: 30, colour: '#1a9850' },
  { upTo: 60, colour: '#91cf60' },
  { upTo: 90, colour: '#d9ef8b' },
  { upTo: 120, colour: '#fee08b' },
  { upTo: 180, colour: '#fc8d59' },
  { upTo: Number.POSITIVE_INFINITY, colour: '#d73027' },
];

/** The colour of a travel time (seconds) on the reach map. */
export function reachColour(seconds: number): string {
  const m = seconds / 60;
  return (REACH_BANDS.find((b) => m <= b.upTo) ?? REACH_BANDS[REACH_BANDS.length - 1]).colour;
}

/**
 * The colour of a change in travel time between two feeds (seconds, scenario minus baseline; null:
 * reached only in one of them): blue faster, red slower, grey unchanged; newly reached dark blue,
 * no longer reached dark red.
 */
export function changeColour(main: number | null, compare: number | null): string {
  if (main === null) return '#67001f';
  if (compare === null) return '#053061';
  const d = main - compare;
  if (Math.abs(d) < 60) return '#999999';
  return d < 0 ? '#2166ac' : '#d6604d';
}
