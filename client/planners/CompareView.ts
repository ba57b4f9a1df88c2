import type { CompareResponse, FeedSummary, Journey } from '../../server/api/contract/index.ts';
import { h } from '../ui/h.ts';
import { comparisonMatrix, type MatrixCell } from './comparisonMatrix.ts';
import { feedPicker, input } from './feedPicker.ts';
import { plannersApi, queryString } from './plannersApi.ts';

const LEGEND: [string, string][] = [
  ['faster', 'faster'],
  ['slower', 'slower'],
  ['new', 'new connection'],
  ['lost', 'lost connection'],
  ['same', 'unchanged'],
  ['none', 'no connection'],
];

const hhmm = (iso: string | null) => (iso ? iso.slice(11, 16) : '–');
const dur = (s: number) =>
  `${Math.floor(s / 3600)} h ${String(Math.round((s % 3600) / 60)).padStart(2, '0')} min`;

/**
 * The Compare tab: two feeds and dates, the origin–destination matrix coloured by change, a cell
 * opening both feeds' journeys side by side; large comparisons run as a job with a progress bar.
 */
export class CompareView {
  readonly el: HTMLElement;
  private readonly status = h('div', {
    class: 'pl-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private readonly matrix = h('div', { class: 'pl-matrix-wrap' });
  private readonly pair = h('div', { class: 'pl-pair' });
  private readonly csv = h('a', { class: 'pl-csv', attrs: { hidden: true } }, 'Download CSV');

  constructor(feeds: FeedSummary[]) {
    const byStart = [...feeds].sort((a, b) => (a.serviceFrom ?? '').localeCompare(b.serviceFrom ?? ''));
    const base = byStart[0];
    const scen = byStart[byStart.length - 1];
    const baseline = feedPicker('Baseline', 'baseline', feeds, base?.id ?? '');
    const scenario = feedPicker('Scenario', 'scenario', feeds, scen?.id ?? '');
    const date = input('Scenario date', 'date', 'date', scen?.serviceFrom ?? '');
    const baselineDate = input('Baseline date', 'baselineDate', 'date', base?.serviceFrom ?? '');
    const stations = input(
      'Stations (ids, comma-separated)',
      'stations',
      'text',
      '',
      'default: termini, junctions, border',
    );
    const job = h('input', { attrs: { type: 'checkbox', name: 'job', id: 'pl-job' } });
    const form = h(
      'form',
      { class: 'pl-form' },
      baseline.field,
      scenario.field,
      date.field,
      baselineDate.field,
      stations.field,
      h(
        'div',
        { class: 'pl-field pl-check' },
        job,
        h('label', { attrs: { for: 'pl-job' } }, 'Run as a background job (large feeds)'),
      ),
      h('button', { attrs: { type: 'submit' } }, 'Compare'),
      this.csv,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const params = {
        baseline: baseline.select.value,
        scenario: scenario.select.value,
        date: date.input.value,
        baselineDate: baselineDate.input.value,
        stations: stations.input.value.replace(/\s+/g, ''),
      };
      void this.run(params, job.checked);
    });
    const legend = h(
      'ul',
      { class: 'pl-legend' },
      ...LEGEND.map(([cls, text]) => h('li', {}, h('span', { class: `pl-swatch pl-${cls}` }), text)),
    );
    const unit = h(
      'p',
      { class: 'pl-unit' },
      'Each cell: the change of the fastest journey time from the row’s station to the column’s, in minutes (scenario − baseline; −64 = 64 min faster). Rows and columns in line order.',
    );
    this.el = h('section', { class: 'pl-compare' }, form, this.status, legend, unit, this.matrix, this.pair);
  }

  private async run(params: Record<string, string>, asJob: boolean): Promise<void> {
    this.matrix.replaceChildren();
    this.pair.replaceChildren();
    this.csv.hidden = true;
    try {
      let result: CompareResponse;
      if (asJob) {
        let job = await plannersApi.startJob(params);
        const bar = h('progress', { attrs: { max: 1, value: 0 } });
        const text = h('span', {}, 'Starting…');
        this.status.replaceChildren(bar, ' ', text);
        while (job.state === 'running' || job.state === 'queued') {
          await new Promise((r) => setTimeout(r, 500));
          job = await plannersApi.job(job.id);
          bar.value = job.progress;
          text.textContent = `${Math.round(job.progress * 100)} % of ${job.stations} origins, ${job.elapsedSeconds.toFixed(0)} s`;
        }
        if (job.state === 'failed' || !job.result) throw new Error(job.error ?? 'the job failed');
        result = job.result;
        this.status.textContent = `Done in ${job.elapsedSeconds.toFixed(1)} s: ${job.stations} stations; showing the changed pairs.`;
      } else {
        this.status.textContent = 'Comparing…';
        result = await plannersApi.compare(params);
        this.status.textContent = `${result.rows.length} station pairs.`;
      }
      this.csv.setAttribute('href', `/api/compare?${queryString({ ...params, format: 'csv' })}`);
      this.csv.hidden = asJob;
      if (result.headline)
        this.matrix.append(h('p', { class: 'pl-headline', attrs: { role: 'note' } }, result.headline.text));
      this.matrix.append(this.table(result, params));
    } catch (err) {
      this.status.textContent = `Error: ${(err as Error).message}`;
    }
  }

  private table(result: CompareResponse, params: Record<string, string>): HTMLElement {
    const m = comparisonMatrix(result);
    const head = h(
      'tr',
      {},
      h('th', { attrs: { scope: 'col' } }, 'from \\ to'),
      ...m.stations.map((s) => h('th', { attrs: { scope: 'col' } }, s.name)),
    );
    const rows = m.stations.map((s, i) =>
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, s.name),
        ...m.cells[i].map((c) => (c ? this.cell(c, params) : h('td', { class: 'pl-diag' }))),
      ),
    );
    return h('table', { class: 'pl-matrix' }, h('thead', {}, head), h('tbody', {}, ...rows));
  }

  private cell(c: MatrixCell, params: Record<string, string>): HTMLElement {
    const button = h(
      'button',
      { class: `pl-cell pl-${c.status}`, attrs: { type: 'button', title: c.title } },
      c.label,
    );
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      for (const b of this.matrix.querySelectorAll('.pl-cell[aria-pressed="true"]'))
        b.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-pressed', 'true');
      void this.showPair(c, params);
    });
    return h('td', {}, button);
  }

  private async showPair(c: MatrixCell, params: Record<string, string>): Promise<void> {
    const { row } = c;
    this.pair.replaceChildren(h('p', {}, `Loading ${row.from.name} → ${row.to.name}…`));
    try {
      const p = await plannersApi.pair({
        baseline: params.baseline,
        scenario: params.scenario,
        date: params.date,
        baselineDate: params.baselineDate,
        from: row.from.id,
        to: row.to.id,
      });
      const side = (title: string, s: { feed: string; date: string; journeys: Journey[] }) =>
        h(
          'div',
          { class: 'pl-side' },
          h('h3', {}, `${title}: ${s.feed}, ${s.date}`),
          s.journeys.length === 0
            ? h('p', {}, 'No journey.')
            : h('ol', { class: 'pl-journeys' }, ...s.journeys.map((j) => this.journey(j))),
        );
      this.pair.replaceChildren(
        h('h2', {}, `${row.from.name} → ${row.to.name}`),
        h('div', { class: 'pl-sides' }, side('Baseline', p.baseline), side('Scenario', p.scenario)),
      );
    } catch (err) {
      this.pair.replaceChildren(h('p', {}, `Error: ${(err as Error).message}`));
    }
  }

  private journey(j: Journey): HTMLElement {
    const trains = j.legs.filter((l) => l.type === 'train');
    const changes = trains.slice(0, -1).map((l) => l.to.stop.name);
    const names = trains.map((l) => (l.type === 'train' ? l.trip.name || l.trip.headsign : '')).join(' + ');
    return h(
      'li',
      {},
      h('strong', {}, `${hhmm(j.departure)} → ${hhmm(j.arrival)}`),
      ` · ${dur(j.duration)} · `,
      j.transfers === 0
        ? 'direct'
        : `${j.transfers} change${j.transfers > 1 ? 's' : ''} (${changes.join(', ')})`,
      names ? ` · ${names}` : '',
    );
  }
}
