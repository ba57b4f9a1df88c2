import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csv } from '../../gtfs/minimalFeed.ts';

/**
 * Writes a tiny one-agency feed folder (every day of 2026, zone Europe/Berlin) and returns its path.
 * Stops are `id,name,lat,lon`; trips `trip: stop hh:mm, stop hh:mm...`.
 */
export function writeTinyFeed(dir: string, agency: string, stops: string[], trips: string[]): string {
  mkdirSync(dir, { recursive: true });
  const stopTimes: string[] = [];
  const tripRows: string[] = [];
  for (const line of trips) {
    const [trip, calls] = line.split(': ');
    tripRows.push(`R${agency},WK,${trip}`);
    calls.split(', ').forEach((c, i) => {
      const [stop, time] = c.split(' ');
      stopTimes.push(`${trip},${time}:00,${time}:00,${stop},${i + 1}`);
    });
  }
  const files = {
    'agency.txt': csv(
      'agency_id,agency_name,agency_url,agency_timezone',
      `${agency},${agency} Rail,https://${agency.toLowerCase()}.example,Europe/Berlin`,
    ),
    'calendar.txt': csv(
      'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
      'WK,1,1,1,1,1,1,1,20260101,20261231',
    ),
    'routes.txt': csv('route_id,agency_id,route_short_name,route_type', `R${agency},${agency},${agency}1,2`),
    'stops.txt': csv('stop_id,stop_name,stop_lat,stop_lon', ...stops),
    'trips.txt': csv('route_id,service_id,trip_id', ...tripRows),
    'stop_times.txt': csv('trip_id,arrival_time,departure_time,stop_id,stop_sequence', ...stopTimes),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
