import * as L from 'leaflet';
import type { FeedSummary, ReachResponse } from '../../server/api/contract/index.ts';
import { DEFAULT_TILE_URL, OSM_LINK, tileUrlFrom } from '../map/tileConfig.ts';
import { h } from '../ui/h.ts';
import { minutesLabel } from './comparisonMatrix.ts';
import { feedPicker, input } from './feedPicker.ts';
import { plannersApi } from './plannersApi.ts';
import { changeColour, REACH_BANDS, reachColour } from './reachColour.ts';

/**
 * The Reach tab (travel-time map): from a station at a time, every station one gets to within a
 * number of minutes (GET /api/reach), on a map coloured by travel time, and as a table; with a second
 * feed, coloured by the change (what the 2026 plan brings within 3 hours of Smolensk).
 */
export class ReachView {
  readonly el: HTMLElement;
  private readonly status = h('div', {
    class: 'pl-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private readonly table = h('div', { class: 'pl-reach-table' });
  private readonly legend = h('div', { class: 'pl-legend pl-reach-legend' });
  private readonly mapEl = h('div', {
    class: 'pl-reach-map',
    attrs: { role: 'region', 'aria-label': 'Travel-time map' },
  });
  private map: L.Map | undefined;
  private markers: L.LayerGroup | undefined;

  constructor(feeds: FeedSummary[]) {
    const byStart = [...feeds].sort((a, b) => (a.serviceFrom ?? '').localeCompare(b.serviceFrom ?? ''));
    const scen = byStart[byStart.length - 1];
    const base = byStart[0];
    const feed = feedPicker('Feed', 'reachFeed', feeds, scen?.id ?? '');
    const compare = feedPicker(
      'Compare with',
      'reachCompare',
      feeds,
      base && base !== scen ? base.id : '',
      'none',
    );
    const from = input('From (station id)', 'reachFrom', 'text', 'smolensk');
    const date = input('Date', 'reachDate', 'date', scen?.serviceFrom ?? '');
    const compareDate = input('Compared feed’s date', 'reachCompareDate', 'date', base?.serviceFrom ?? '');
    const time = input('Leaving from', 'reachTime', 'time', '06:00');
    const max = input('Within (minutes)', 'reachMax', 'number', '180');
    const form = h(
      'form',
      { class: 'pl-form' },
      feed.field,
      compare.field,
      from.field,
      date.field,
      compareDate.field,
      time.field,
      max.field,
      h('button', { attrs: { type: 'submit' } }, 'Show'),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.show({
        feed: feed.select.value,
        compare: compare.select.value || undefined,
        from: from.input.value.trim(),
        date: date.input.value,
        compareDate: compare.select.value ? compareDate.input.value || undefined : undefined,
        time: time.input.value,
        maxMinutes: max.input.value,
      });
    });
    this.el = h(
      'section',
      { class: 'pl-panel pl-reach', attrs: { 'aria-label': 'Travel-time map' } },
      h(
        'p',
        { class: 'pl-intro' },
        'Where one gets from a station: the fastest journey leaving within the minutes given, its own travel time (the wait at the start not counted).',
      ),
      form,
      this.status,
      this.legend,
      this.mapEl,
      this.table,
    );
  }

  /** Fetches and draws one reach map. */
  async show(p: Record<string, string | undefined>): Promise<void> {
    this.status.textContent = 'Searching…';
    try {
      const doc = await plannersApi.reach(p);
      this.draw(doc);
      const n = doc.stops.filter((s) => s.duration !== null).length;
      this.status.textContent = `${n} stations within ${doc.maxMinutes} min of ${doc.from.name}${
        doc.compare ? ` (${doc.compare.feed}: ${doc.stops.filter((s) => s.compare).length})` : ''
      }.`;
    } catch (e) {
      this.status.textContent = `Error: ${(e as Error).message}`;
    }
  }

  private ensureMap(): L.Map {
    if (this.map) return this.map;
    const tileUrl = tileUrlFrom(
      document.querySelector('meta[name="corridor-tile-url"]')?.getAttribute('content'),
    );
    this.map = L.map(this.mapEl, { zoomSnap: 0.25 });
    L.tileLayer(tileUrl || DEFAULT_TILE_URL, { maxZoom: 19, crossOrigin: true, attribution: OSM_LINK }).addTo(
      this.map,
    );
    this.markers = L.layerGroup().addTo(this.map);
    return this.map;
  }

  private draw(doc: ReachResponse): void {
    const map = this.ensureMap();
    const group = this.markers as L.LayerGroup;
    group.clearLayers();
    const compared = doc.compare !== null;
    const points: L.LatLngExpression[] = [[doc.from.lat, doc.from.lon]];
    L.circleMarker([doc.from.lat, doc.from.lon], {
      radius: 9,
      color: '#000',
      fillColor: '#fff',
      fillOpacity: 1,
      weight: 3,
    })
      .bindTooltip(`${doc.from.name} (start)`)
      .addTo(group);
    for (const s of doc.stops) {
      const colour = compared
        ? changeColour(s.duration, s.compare?.duration ?? null)
        : reachColour(s.duration ?? 0);
      const text = compared
        ? `${s.name}: ${minutesLabel(s.duration)} (${doc.feed}) · ${minutesLabel(s.compare?.duration ?? null)} (${doc.compare?.feed})`
        : `${s.name}: ${minutesLabel(s.duration)}, ${s.transfers} change(s)`;
      L.circleMarker([s.lat, s.lon], {
        radius: 7,
        color: '#333',
        weight: 1,
        fillColor: colour,
        fillOpacity: 0.9,
      })
        .bindTooltip(text)
        .addTo(group);
      points.push([s.lat, s.lon]);
    }
    map.invalidateSize();
    map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 11 });
    this.legend.replaceChildren(
      ...(compared
        ? [
            ['#2166ac', `faster in ${doc.feed}`],
            ['#d6604d', `slower in ${doc.feed}`],
            ['#999999', 'unchanged (±1 min)'],
            ['#053061', `reached only in ${doc.feed}`],
            ['#67001f', `reached only in ${doc.compare?.feed}`],
          ]
        : REACH_BANDS.map((b, i) => [
            b.colour,
            i === 0
              ? `≤ ${b.upTo} min`
              : Number.isFinite(b.upTo)
                ? `${REACH_BANDS[i - 1].upTo}–${b.upTo} min`
                : `> ${REACH_BANDS[i - 1].upTo} min`,
          ])
      ).map(([c, label]) => {
        // A style property, not a style attribute: the CSP forbids inline style attributes.
        const swatch = h('span', { class: 'pl-reach-swatch' });
        swatch.style.background = c;
        return h('span', { class: 'pl-legend-item' }, swatch, label);
      }),
    );
    const head = compared
      ? ['Station', `${doc.feed} (${doc.date})`, `${doc.compare?.feed} (${doc.compare?.date})`, 'Change']
      : ['Station', 'Travel time', 'Changes', 'Arrival'];
    const rows = doc.stops.map((s) =>
      compared
        ? [
            s.name,
            minutesLabel(s.duration),
            minutesLabel(s.compare?.duration ?? null),
            s.duration !== null && s.compare
              ? `${Math.round((s.duration - s.compare.duration) / 60)} min`
              : s.duration === null
                ? 'no longer reached'
                : 'newly reached',
          ]
        : [s.name, minutesLabel(s.duration), String(s.transfers ?? '–'), s.arrival?.slice(11, 16) ?? '–'],
    );
    this.table.replaceChildren(
      h(
        'table',
        { class: 'pl-table' },
        h(
          'caption',
          {},
          `From ${doc.from.name}, leaving ${doc.date} from ${doc.time}, within ${doc.maxMinutes} min`,
        ),
        h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { attrs: { scope: 'col' } }, x)))),
        h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((x) => h('td', {}, x))))),
      ),
    );
  }
}
