import { DateTime } from 'luxon';
import { escapeXml } from './escapeXml.ts';
import type { LineTrain } from './lineTrains.ts';

/** A station on the diagram's distance axis. */
export interface DiagramStation {
  name: string;
  /** Kilometres from the line's first station. */
  km: number;
  /** ISO alpha-2, '' unknown: a change between neighbours marks the border. */
  country: string;
}

/** One feed's trains on the diagram, drawn in `color` (a CSS colour literal of ours, not feed text). */
export interface DiagramSeries {
  label: string;
  color: string;
  trains: LineTrain[];
}

/** What mareySvg draws: window in Unix seconds, axis labels in `zone`. */
export interface MareyInput {
  title: string;
  stations: DiagramStation[];
  series: DiagramSeries[];
  from: number;
  to: number;
  zone: string;
}

const W = 1100;
const LEFT = 170;
const RIGHT = 20;
const TOP = 56;
const BOTTOM = 36;

const fmt = (unix: number, zone: string) => DateTime.fromSeconds(unix, { zone }).toFormat('HH:mm');

/**
 * A time–distance (Marey) diagram as a standalone SVG document: time across (hour grid, labels in
 * the line's zone), distance down (stations labelled at their km), the border dashed between
 * stations of different countries, one polyline per train (stops drawn as dwell segments) grouped
 * with a `<title>` (number and times, shown on hover) and `data-*` attributes for scripts. Every feed
 * string is escaped; no scripts, no style attributes (the CSP forbids them).
 */
export function mareySvg(d: MareyInput): string {
  const maxKm = Math.max(1, d.stations.at(-1)?.km ?? 1);
  const H = TOP + BOTTOM + Math.max(360, d.stations.length * 22);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (t: number) => LEFT + ((t - d.from) / Math.max(1, d.to - d.from)) * plotW;
  const y = (km: number) => TOP + (km / maxKm) * plotH;
  const n = (v: number) => v.toFixed(1);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(d.title)}</title>`,
    `<defs><clipPath id="plot"><rect x="${LEFT}" y="${TOP - 4}" width="${plotW}" height="${plotH + 8}"/></clipPath></defs>`,
    `<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="18" font-size="14" font-weight="bold">${escapeXml(d.title)}</text>`,
  );
  d.series.forEach((s, i) => {
    const lx = LEFT + i * 220;
    out.push(
      `<g class="legend"><line x1="${lx}" y1="34" x2="${lx + 24}" y2="34" stroke="${s.color}" stroke-width="2"/>`,
      `<text x="${lx + 30}" y="38">${escapeXml(s.label)} (${s.trains.length})</text></g>`,
    );
  });
  // Hour grid.
  const firstHour = Math.ceil(d.from / 3600) * 3600;
  out.push('<g class="time-axis" stroke="#dddddd">');
  for (let t = firstHour; t <= d.to; t += 3600) {
    out.push(`<line x1="${n(x(t))}" y1="${TOP}" x2="${n(x(t))}" y2="${TOP + plotH}"/>`);
  }
  out.push('</g><g class="time-labels" text-anchor="middle" fill="#444444">');
  for (let t = firstHour; t <= d.to; t += 3600)
    out.push(`<text x="${n(x(t))}" y="${H - 14}">${fmt(t, d.zone)}</text>`);
  out.push('</g>');
  // Stations.
  out.push('<g class="stations">');
  let lastLabel = Number.NEGATIVE_INFINITY;
  for (const st of d.stations) {
    const yy = n(y(st.km));
    out.push(`<line x1="${LEFT}" y1="${yy}" x2="${W - RIGHT}" y2="${yy}" stroke="#eeeeee"/>`);
    // Stations closer than a text line: the grid line stays, the label would overprint.
    if (y(st.km) - lastLabel < 11) continue;
    lastLabel = y(st.km);
    out.push(
      `<text x="${LEFT - 6}" y="${yy}" dy="4" text-anchor="end">${escapeXml(st.name)} <tspan fill="#888888">${st.km.toFixed(0)}</tspan></text>`,
    );
  }
  out.push('</g>');
  // Border between neighbours of different (known) countries.
  for (let i = 1; i < d.stations.length; i++) {
    const a = d.stations[i - 1];
    const b = d.stations[i];
    if (!a.country || !b.country || a.country === b.country) continue;
    const yy = n(y((a.km + b.km) / 2));
    out.push(
      `<g class="border" data-from-country="${escapeXml(a.country)}" data-to-country="${escapeXml(b.country)}">`,
      `<title>Border ${escapeXml(a.country)} | ${escapeXml(b.country)}</title>`,
      `<line x1="${LEFT}" y1="${yy}" x2="${W - RIGHT}" y2="${yy}" stroke="#b00020" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      `<text x="${W - RIGHT}" y="${yy}" dy="-4" text-anchor="end" fill="#b00020">${escapeXml(a.country)} | ${escapeXml(b.country)}</text></g>`,
    );
  }
  // Trains.
  out.push('<g class="trains" clip-path="url(#plot)" fill="none">');
  for (const s of d.series) {
    for (const tr of s.trains) {
      const pts: string[] = [];
      for (const c of tr.calls) {
        const yy = n(y(d.stations[c.pos]?.km ?? 0));
        pts.push(`${n(x(c.arrival))},${yy}`);
        if (c.departure !== c.arrival) pts.push(`${n(x(c.departure))},${yy}`);
      }
      const first = tr.calls[0];
      const last = tr.calls[tr.calls.length - 1];
      const times = tr.calls
        .map((c) => `${d.stations[c.pos]?.name ?? ''} ${fmt(c.departure, d.zone)}`)
        .join(', ');
      const title = `${tr.name} (${s.label}) ${d.stations[first.pos]?.name ?? ''} ${fmt(first.departure, d.zone)} → ${d.stations[last.pos]?.name ?? ''} ${fmt(last.arrival, d.zone)}: ${times}`;
      out.push(
        `<g class="train" data-series="${escapeXml(s.label)}" data-trip="${escapeXml(tr.tripId)}" data-name="${escapeXml(tr.name)}" data-departure="${fmt(first.departure, d.zone)}" data-arrival="${fmt(last.arrival, d.zone)}">`,
        `<title>${escapeXml(title)}</title>`,
        `<polyline points="${pts.join(' ')}" stroke="${s.color}" stroke-width="1.6"/></g>`,
      );
    }
  }
  out.push('</g></svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out.join('\n')}\n`;
}
