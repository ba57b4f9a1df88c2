import { Router } from 'express';
import { emptyQuery } from '../contract/index.ts';
import { buildOpenApi } from '../openapi.ts';
import { parseQuery } from '../parseQuery.ts';

/**
 * GET /api/openapi.json (generated from the zod schemas) and GET /api/docs, a self-contained page
 * rendering it: no inline script (the CSP forbids it), the renderer is /api/docs.js.
 */
export function docsRouter(version: string): Router {
  const router = Router();
  const doc = JSON.stringify(buildOpenApi(version));
  router.get('/openapi.json', (req, res) => {
    parseQuery(emptyQuery, req.query);
    res.type('application/json').send(doc);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_HTML);
  });
  router.get('/docs.css', (_req, res) => {
    res.type('text/css').send(DOCS_CSS);
  });
  router.get('/docs.js', (_req, res) => {
    res.type('application/javascript').send(DOCS_JS);
  });
  return router;
}

const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Corridor API</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main id="docs"><h1>Corridor API</h1><p>Loading <a href="/api/openapi.json">openapi.json</a>…</p></main>
<script src="/api/docs.js" defer></script></body></html>`;

// Renders the OpenAPI document with DOM calls only (textContent), so nothing in it is parsed as HTML.
const DOCS_JS = `(async () => {
  const doc = await (await fetch('/api/openapi.json')).json();
  const main = document.getElementById('docs');
  main.textContent = '';
  const el = (tag, text, parent) => { const e = document.createElement(tag); if (text) e.textContent = text; parent.appendChild(e); return e; };
  el('h1', doc.info.title + ' ' + doc.info.version, main);
  el('p', doc.info.description, main);
  const raw = el('p', '', main); const a = el('a', 'openapi.json', raw); a.href = '/api/openapi.json';
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const sec = el('section', '', main);
      el('h2', method.toUpperCase() + ' ' + path, sec);
      el('p', op.summary, sec);
      if (op.parameters && op.parameters.length) {
        const table = el('table', '', sec);
        const head = el('tr', '', table);
        for (const h of ['name', 'in', 'required', 'type', 'description']) el('th', h, head);
        for (const p of op.parameters) {
          const tr = el('tr', '', table);
          el('td', p.name, tr); el('td', p.in, tr); el('td', p.required ? 'yes' : 'no', tr);
          el('td', p.schema.enum ? p.schema.enum.join(' | ') : (p.schema.pattern || p.schema.type || ''), tr);
          el('td', p.description || '', tr);
        }
      }
    }
  }
})();`;

const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
h2{font-family:ui-monospace,monospace;font-size:1.05rem;background:#eef3f8;padding:.4rem .6rem;border-radius:4px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
td:first-child{font-family:ui-monospace,monospace}`;
