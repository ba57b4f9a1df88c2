import { escapeXml as esc } from '../../compare/escapeXml.ts';
import type { TimetableResponse } from '../contract/index.ts';
import { cellText } from './timetableCsv.ts';
import { columnHeading, timetableLabels } from './timetableLabels.ts';

/** Path of the timetable page's stylesheet (served by timetableRouter; the CSP allows only 'self'). */
export const TIMETABLE_CSS_PATH = '/api/timetable.css';

/** The stylesheet of the HTML timetable. */
export const TIMETABLE_CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.3rem;margin:0 0 .25rem}p.meta{color:#555;margin:0 0 1rem}
table.grid{border-collapse:collapse}
.grid th,.grid td{border:1px solid #ccc;padding:.2rem .45rem;white-space:nowrap;text-align:center}
.grid th[scope=row]{text-align:left;font-weight:normal}
.grid thead th{background:#f3f3f3}
.grid td.change{background:#fff4d6;font-weight:bold}
.grid td.est{color:#666;font-style:italic}
.grid tr.days th,.grid tr.via th{font-weight:normal;color:#555}
`;

/**
 * The printed-timetable view as a complete HTML page in `lang` (stations down, trains across headed
 * by their numbers, operating days and change stations in the head rows, +1 on next-day times).
 * Every feed string is escaped; the page has no script and no style attribute, only a linked
 * stylesheet.
 */
export function timetableHtml(t: TimetableResponse, lang?: string): string {
  const l = timetableLabels(lang);
  const nextDay = t.columns.some((c) => c.cells.some((x) => x && x.day > 0));
  const title = `${t.from.name} – ${t.to.name}`;
  const head = (label: string, cls: string, cells: string[]) =>
    `<tr class="${cls}"><th scope="row">${esc(label)}</th>${cells.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
  const body = t.stations
    .map((s, i) => {
      const tds = t.columns
        .map((c) => {
          const cell = c.cells[i];
          const cls = cell?.change ? ' class="change"' : cell?.estimated ? ' class="est"' : '';
          return `<td${cls}>${esc(cellText(cell))}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(s.name)}</th>${tds}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang ?? 'en'}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="stylesheet" href="${TIMETABLE_CSS_PATH}"></head>
<body><h1>${esc(title)}</h1>
<p class="meta">${esc(t.date)} · ${esc(t.feed)} · ${esc(l.meta.replace('{n}', String(t.columns.length)))}${nextDay ? ` · ${esc(l.nextDay)}` : ''}</p>
<table class="grid"><thead>
${head(l.train, 'trains', t.columns.map(columnHeading))}
${head(
  l.days,
  'days',
  t.columns.map((c) => c.days),
)}
${head(
  l.changeAt,
  'via',
  t.columns.map((c) => c.change?.name ?? ''),
)}
</thead><tbody>
${body}
</tbody></table></body></html>
`;
}
