import type { JourneysResponse } from '../api/contract/index.ts';

/** Local wall-clock time HH:MM of an ISO 8601 time with offset, plus the offset when it differs from `ref`. */
function hhmm(iso: string, refOffset: string): string {
  const m = /T(\d{2}:\d{2}):\d{2}(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  return m[2] === refOffset ? m[1] : `${m[1]} (UTC${m[2] === 'Z' ? '+00:00' : m[2]})`;
}

function offsetOf(iso: string): string {
  return /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? '';
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/**
 * A readable itinerary table for the terminal: one block per journey, one line per leg, times local
 * to each stop (offset shown where it differs from the journey's start), border crossings and
 * estimated times marked.
 */
export function formatItinerary(response: JourneysResponse): string {
  if (response.journeys.length === 0) return `No journeys found (feed ${response.feed}).\n`;
  const lines: string[] = [];
  response.journeys.forEach((j, i) => {
    const ref = offsetOf(j.departure);
    lines.push(
      `Journey ${i + 1}: ${hhmm(j.departure, ref)} → ${hhmm(j.arrival, ref)}${j.arrival.slice(0, 10) !== j.departure.slice(0, 10) ? ` (+${Math.round((Date.parse(j.arrival.slice(0, 10)) - Date.parse(j.departure.slice(0, 10))) / 86_400_000)} d)` : ''} on ${j.departure.slice(0, 10)}, ${duration(j.duration)}, ${j.transfers} change(s)${j.estimated ? ', estimated times (~)' : ''}`,
    );
    for (const leg of j.legs) {
      if (leg.type === 'walk') {
        const what = leg.role === 'transfer' ? 'walk' : `walk (${leg.role})`;
        lines.push(`  ${what}   ${leg.from.stop.name} → ${leg.to.stop.name} (${duration(leg.duration)})`);
        continue;
      }
      const mark = leg.estimated ? '~' : ' ';
      const platform = (p: string | null) => (p ? ` [platform ${p}]` : '');
      const days =
        leg.operatingDays.text && leg.operatingDays.text !== 'daily'
          ? `, runs ${leg.operatingDays.text}`
          : '';
      const train = [leg.product === 'rail' ? '' : leg.product, leg.trip.name].filter(Boolean).join(' ');
      // Over several feeds (a network) each train names the feed that publishes it.
      const from = leg.trip.feed && leg.trip.feed !== response.feed ? ` [feed ${leg.trip.feed}]` : '';
      if (leg.stayOn) lines.push('   stay on the train');
      lines.push(
        `  ${mark}${hhmm(leg.from.departure, ref)} ${leg.from.stop.name}${platform(leg.from.platform)}  →  ${hhmm(leg.to.arrival, ref)} ${leg.to.stop.name}${platform(leg.to.platform)}   ${train} ${leg.trip.agency.name}${from} (→ ${leg.trip.headsign}; service day ${leg.serviceDate}${days})`,
      );
      for (const c of leg.borderCrossings) {
        lines.push(
          `      border ${c.fromCountry} → ${c.toCountry} between ${c.afterStop} and ${c.beforeStop}${c.advisory ? `: ${c.advisory}` : ''}`,
        );
      }
    }
    lines.push('');
  });
  lines.push('~ estimated time (not published by any source)');
  return `${lines.join('\n')}\n`;
}
