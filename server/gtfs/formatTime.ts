import type { Seconds } from '../timetable/Timetable.ts';

/** A GTFS time in seconds as `HH:MM:SS` (hours may pass 24), for ids and messages. */
export function formatTime(t: Seconds | number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}`;
}
