import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './buildClient.ts';
import { cspViolations, launchBrowser, shot } from './launchBrowser.ts';
import { type RunningServer, startServer } from './startServer.ts';

/** Between the two shipped timetables (2024/25 ends 2025-07-31, the 2026 plan starts 2026-04-02). */
const GAP = '2026-01-15';

let server: RunningServer;
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  buildClient();
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  csp = cspViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('empty states', () => {
  it('says which dates the timetables cover and offers the next day with trains', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${GAP}&time=08:00&lang=en`);
    await page.locator('.status--empty').waitFor({ timeout: 30_000 });
    expect(await page.locator('.status--empty').textContent()).toBe('No journeys on Thu 15 January.');
    expect(await page.locator('.journey-list .coverage').textContent()).toBe(
      'The timetables cover 1 August 2024 – 31 July 2025; 2 April 2026 – 1 April 2027.',
    );
    const next = page.locator('button.next-service');
    expect(await next.textContent()).toBe('Next day with trains: Thu 2 April');
    await shot(page, 'empty-01-gap-en');
    await next.click();
    await page.locator('button.journey').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('date=2026-04-02');
    // Focus lands on the first journey of the day offered.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('journey'))).toBe(true);
  });

  it('reads well in Russian and Belarusian, also on a phone', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${GAP}&time=08:00&lang=ru`);
    await page.locator('button.next-service').waitFor({ timeout: 30_000 });
    expect(await page.locator('.status--empty').textContent()).toBe('Поездок нет: чт, 15 января.');
    expect(await page.locator('button.next-service').textContent()).toBe(
      'Ближайший день с поездами: чт, 2 апреля',
    );
    await shot(page, 'empty-02-gap-ru');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=2027-06-01&time=08:00&lang=be`);
    await page.locator('button.next-service').waitFor({ timeout: 30_000 });
    // Past every timetable: the last day they cover.
    expect(await page.locator('button.next-service').textContent()).toBe(
      'Апошні дзень раскладаў: чц, 1 красавіка',
    );
    await shot(page, 'empty-03-after-be-360');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('an empty board outside the timetables says which dates they cover', async () => {
    await page.goto(`${server.url}/?board=orsha&date=${GAP}&time=08:00&lang=en`);
    await page.locator('.board .coverage').waitFor({ timeout: 30_000 });
    expect(await page.locator('.board .coverage').textContent()).toContain('2 April 2026 – 1 April 2027');
    await shot(page, 'empty-04-board-en');
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(csp).toEqual([]);
  });
});
