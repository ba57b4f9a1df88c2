import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './buildClient.ts';
import { cspViolations, launchBrowser, shot } from './launchBrowser.ts';
import { type RunningServer, startServer } from './startServer.ts';

/** A Friday in the 2026 plan (its first day is Thursday 2026-04-02). */
const DATE = '2026-04-03';

let server: RunningServer;
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  buildClient();
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  csp = cspViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

describe('dates and trains', () => {
  it('shows the travel date, the train and its days of operation in the details', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=05:00&lang=en`);
    await page.locator('button.journey').first().click({ timeout: 30_000 });
    await page.locator('.details-date').waitFor();
    expect(await page.locator('.details-date').textContent()).toBe('Travel date: Friday, 3 April 2026');
    const board = (await page.locator('.step--board').first().textContent()) ?? '';
    expect(board).toContain('Train');
    expect(board).toContain('→ Vitebsk');
    expect(board).toMatch(/Runs: (daily|Fri, Sun)/);
    await shot(page, 'dates-01-details-en');
  });

  it('marks Earlier’s journeys of the day before with −1 d and their date', async () => {
    await page.click('.details-head button.close');
    const before = await page.locator('button.journey').count();
    await page.click('button.page--earlier');
    await page.waitForFunction((n) => document.querySelectorAll('button.journey').length > n, before, {
      timeout: 30_000,
    });
    const first = page.locator('button.journey').first();
    expect(await first.locator('.journey-date').textContent()).toBe('Thu 2 April');
    expect(await first.locator('.day').first().textContent()).toBe('−1 d');
    // Journeys of the search date carry neither.
    const last = page.locator('button.journey').last();
    expect(await last.locator('.journey-date').count()).toBe(0);
    await shot(page, 'dates-02-earlier-en');
  });

  it('opens the board at the form’s date and time, says which, and moves focus to it', async () => {
    await page.fill('input[name=date]', '2026-04-04');
    await page.fill('input[name=time]', '08:00');
    await page.locator('.leaflet-marker-icon[data-station="orsha"]').click();
    await page.locator('.board-when').waitFor();
    expect(await page.locator('.board-when').textContent()).toBe('Sat 4 April, from 08:00, for 12 hours');
    await page.waitForFunction(() => document.activeElement?.id === 'board-heading');
    const times = await page
      .locator('.board-table time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(0);
    expect(times[0] >= '2026-04-04T08:00').toBe(true);
    expect(page.url()).toContain('date=2026-04-04');
    await shot(page, 'dates-03-board-en');
  });

  it('opens a stop’s board from the details in view, and gives focus back on close', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=05:00&lang=ru`);
    await page.locator('button.journey').first().click({ timeout: 30_000 });
    const link = page.locator('.step--alight .stop-link').last();
    await link.click();
    await page.locator('.board-when').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'board-heading');
    expect(await page.locator('#board-heading').isVisible()).toBe(true);
    const inView = await page.locator('#board-heading').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.locator('.board-when').textContent()).toMatch(/^пт, 3 апреля, с 05:00/);
    await shot(page, 'dates-04-board-from-details-ru');
    await page.click('.board-head button.close');
    await page.waitForFunction(() => document.activeElement?.classList.contains('stop-link'));
    expect(await focusedId()).toBe('');
  });

  it('reads the same on a 360 px phone in Belarusian', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=05:00&lang=be`);
    await page.locator('button.journey').first().click({ timeout: 30_000 });
    await page.locator('.details-date').waitFor();
    expect(await page.locator('.details-date').textContent()).toMatch(/пятніца, 3 красавіка 2026/);
    expect(await page.locator('.step--board').first().textContent()).toMatch(/Курсіруе: (штодня|пт, нд)/);
    await shot(page, 'dates-05-details-be-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(csp).toEqual([]);
  });
});
