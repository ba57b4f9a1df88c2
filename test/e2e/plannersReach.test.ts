import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './buildClient.ts';
import { cspViolations, launchBrowser, shot } from './launchBrowser.ts';
import { type RunningServer, startServer } from './startServer.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  buildClient();
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  csp = cspViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the planners’ page: headline and travel-time map', () => {
  it('the comparison leads with its headline: direct trains where there were none', async () => {
    await page.goto(`${server.url}/#planners/compare`);
    await page.locator('.pl-compare form button[type="submit"]').click();
    const headline = page.locator('.pl-headline');
    await headline.waitFor({ timeout: 60_000 });
    expect(await headline.textContent()).toMatch(
      /: 0 → [1-3] direct trains a day; fastest \d+ h \d\d → \d+ h \d\d$/,
    );
    // The selected cell keeps its colour (a frame marks it); the legend says the unit.
    const cell = page.locator('.pl-cell.pl-faster').first();
    const before = await cell.evaluate((b) => getComputedStyle(b).backgroundColor);
    await cell.click();
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    expect(await cell.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(before);
    expect(await page.locator('.pl-unit').textContent()).toContain('in minutes');
    await shot(page, 'planners-01-headline');
    // On a 360 px phone the page does not scroll sideways: the matrix scrolls in its own box.
    await page.setViewportSize({ width: 360, height: 740 });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 361 && !e.closest('.pl-matrix-wrap'))
        .slice(0, 8)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(page, 'planners-03-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the travel-time map shows what the 2026 plan brings within 3 h 30 of Smolensk at 06:00', async () => {
    await page.locator('button.pl-tab[data-tab="reach"]').click();
    const panel = page.locator('.pl-reach');
    await panel.waitFor();
    await panel.locator('input[name="reachMax"]').fill('210');
    await panel.locator('input[name="reachDate"]').fill('2026-04-08');
    await panel.locator('input[name="reachCompareDate"]').fill('2024-09-04');
    await panel.locator('button[type="submit"]').click();
    await panel.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    const vitebsk = panel.locator('tbody tr', { hasText: /Витебск|Vitebsk/ });
    expect(await vitebsk.count()).toBe(1);
    expect(await vitebsk.locator('td').nth(3).textContent()).toBe('newly reached');
    // One marker per station and the start, coloured by the change; the legend says what colours mean.
    const markers = await panel.locator('.leaflet-interactive').count();
    expect(markers).toBe((await panel.locator('tbody tr').count()) + 1);
    expect(await panel.locator('.pl-reach-legend').textContent()).toContain(
      'reached only in corridor-2026-plan',
    );
    await shot(page, 'planners-02-reach');
    expect(csp).toEqual([]);
  });
});
