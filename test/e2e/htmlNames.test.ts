import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './buildClient.ts';
import { cspViolations, launchBrowser, shot } from './launchBrowser.ts';
import { type RunningServer, startServer } from './startServer.ts';

/** A station name that runs script if anything parses it as HTML. */
const EVIL = '<img src=x onerror="window.__pwned=1">Zaolsha';

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let csp: string[];

/** The 2026 plan feed with Zaolsha (a border station on the Smolensk – Vitebsk line) renamed to EVIL. */
function evilFeed(): string {
  dir = mkdtempSync(join(tmpdir(), 'corridor-e2e-'));
  const feed = join(dir, 'evil-feed');
  cpSync(resolve(import.meta.dirname, '../../data/feeds/corridor-2026-plan'), feed, { recursive: true });
  const csvField = `"${EVIL.replace(/"/g, '""')}"`;
  const stops = readFileSync(join(feed, 'stops.txt'), 'utf8').replace(
    /^zaolsha,([^,]*),[^,]*,/m,
    `zaolsha,$1,${csvField},`,
  );
  writeFileSync(join(feed, 'stops.txt'), stops);
  const tr = readFileSync(join(feed, 'translations.txt'), 'utf8').replace(
    /^(stops,stop_name,\w+,)[^,]*(,zaolsha,)/gm,
    `$1${csvField}$2`,
  );
  writeFileSync(join(feed, 'translations.txt'), tr);
  return feed;
}

beforeAll(async () => {
  buildClient();
  server = await startServer([evilFeed()]);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  csp = cspViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function noHtmlFromData(): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
}

describe('station names containing HTML render as text', () => {
  it('in the map labels and tooltips', async () => {
    await page.goto(`${server.url}/?lang=en`);
    const label = page.locator('.station-tooltip', { hasText: '<img src=x' });
    // Border-station labels are attached but shown only from zoom 10.
    await label.first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('[data-station="zaolsha"]').getAttribute('aria-label')).toContain('<img src=x');
    await noHtmlFromData();
  });

  it('in autocomplete suggestions', async () => {
    await page.fill('input[name=from]', 'Zaolsha');
    await page.locator('.field--from [role=option][data-stop="zaolsha"]').waitFor({ timeout: 10_000 });
    expect(
      (await page.locator('.field--from [role=option][data-stop="zaolsha"]').textContent()) ?? '',
    ).toContain('<img src=x');
    await noHtmlFromData();
    await page.keyboard.press('Escape');
  });

  it('in journey lists and details', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=zaolsha&date=2026-04-03&time=05:00&lang=en`);
    await page.locator('button.journey').first().click({ timeout: 30_000 });
    await page.locator('.journey-details').waitFor();
    expect((await page.locator('.journey-details').textContent()) ?? '').toContain(EVIL);
    await noHtmlFromData();
  });

  it('in the departures board', async () => {
    await page.goto(`${server.url}/?board=zaolsha&date=2026-04-03&time=05:00&lang=en`);
    await page.locator('.board h2', { hasText: '<img src=x' }).waitFor({ timeout: 30_000 });
    await noHtmlFromData();
    await shot(page, '20-html-name-as-text');
    expect(csp).toEqual([]);
  });
});
