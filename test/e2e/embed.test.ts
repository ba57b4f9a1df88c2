import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './buildClient.ts';
import { cspViolations, launchBrowser, shot } from './launchBrowser.ts';
import { freePort, type RunningServer, startServer } from './startServer.ts';

let server: RunningServer;
let browser: Browser;
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  buildClient();
  server = await startServer();
  browser = await launchBrowser();
  // A "regional site" on another origin that pastes the snippet.
  const port = await freePort();
  host = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html><head><title>Smolensk news</title></head><body>
<h1>Smolensk regional news</h1><p>Plan your trip to Vitebsk:</p>
<script src="${server.url}/embed.js" data-from="smolensk" data-to="vitebsk" data-lang="ru" data-height="300"></script>
<p id="after">Text after the planner.</p></body></html>`);
  });
  await new Promise<void>((ok) => host.listen(port, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${port}/`;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((ok) => host?.close(ok));
});

describe('embedding', () => {
  it('inserts the iframe where the script stands and resizes it from postMessage', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText}`));
    await page.goto(hostUrl);
    const iframe = page.locator('iframe.corridor-embed');
    // embed.js is loaded cross-origin by design: it needs Cross-Origin-Resource-Policy: cross-origin.
    await iframe.waitFor({ timeout: 10_000 }).catch(() => {
      throw new Error(`embed.js inserted no iframe: ${problems.join(' | ')}`);
    });
    // Right after the script tag, before the following paragraph.
    const order = await page.evaluate(() => {
      const f = document.querySelector('iframe.corridor-embed');
      return f?.previousElementSibling?.tagName === 'SCRIPT' && f?.nextElementSibling?.id === 'after';
    });
    expect(order).toBe(true);
    const frame = page.frameLocator('iframe.corridor-embed');
    await frame
      .locator('button.journey, .journey-list .status:not(.status--loading)')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await frame.locator('input[name=from]').inputValue()).toMatch(/Смоленск/);
    await page.waitForFunction(
      () =>
        Number.parseInt(
          (document.querySelector('iframe.corridor-embed') as HTMLIFrameElement).style.height,
          10,
        ) > 300,
    );
    await shot(page, '10-embed-snippet');
    await page.close();
  });

  it('serves the compact view at /embed with a theme', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    const csp = cspViolations(page);
    await page.goto(`${server.url}/embed?from=smolensk&to=orsha&lang=be&theme=dark`);
    await page.locator('.app--compact').waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('theme-dark'))).toBe(true);
    await page.locator('.leaflet-marker-icon.station-icon').first().waitFor({ timeout: 30_000 });
    await page
      .locator('button.journey, .journey-list .status:not(.status--loading)')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('path.country-border').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('input[name=from]').inputValue()).not.toBe('smolensk');
    await shot(page, '11-embed-compact-dark');
    expect(csp).toEqual([]);
    await page.close();
  });

  it('documents the snippet at /embed.html with a live preview', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const csp = cspViolations(page);
    await page.goto(`${server.url}/embed.html`);
    const snippet = (await page.locator('#snippet').textContent()) ?? '';
    expect(snippet).toContain(`${server.url}/embed.js`);
    expect(snippet).toContain('data-from="smolensk"');
    const preview = page.frameLocator('#preview iframe');
    await preview.locator('.leaflet-marker-icon.station-icon').first().waitFor({ timeout: 30_000 });
    await preview
      .locator('button.journey, .journey-list .status:not(.status--loading)')
      .first()
      .waitFor({ timeout: 30_000 });
    // The loader resized the preview from the height the embed reported (600 px initially).
    await page.waitForFunction(
      () => (document.querySelector('#preview iframe') as HTMLIFrameElement).style.height !== '600px',
    );
    await shot(page, '12-embed-docs');
    // The preview follows the snippet: it says data-lang="ru", the preview speaks Russian.
    expect(snippet).toContain('data-lang="ru"');
    expect(await preview.locator('html').getAttribute('lang')).toBe('ru');
    expect(await preview.locator('button.submit').textContent()).toBe('Найти');
    // Another language for the snippet: both change.
    await page.selectOption('#embed-lang', 'be');
    expect(await page.locator('#snippet').textContent()).toContain('data-lang="be"');
    await page.frameLocator('#preview iframe').locator('button.submit', { hasText: 'Шукаць' }).waitFor();
    await shot(page, '13-embed-docs-be');
    expect(csp).toEqual([]);
    await page.close();
  });

  it('prints the timetable in Russian, columns headed by trains, not trip ids', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(
      `${server.url}/api/timetable?from=smolensk&to=vitebsk&date=2026-04-03&lang=ru&format=html`,
    );
    const heads = await page.locator('tr.trains th[scope=col]').allTextContents();
    expect(heads.length).toBeGreaterThan(0);
    for (const h of heads) expect(h).not.toMatch(/^t20/);
    expect(await page.locator('tr.days th').first().textContent()).toBe('Дни');
    await shot(page, '14-timetable-ru');
    await page.close();
  });
});
