import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './buildClient.ts';
import { cspViolations, launchBrowser, shot } from './launchBrowser.ts';
import { type RunningServer, startServer } from './startServer.ts';

/** A Friday in the 2026 plan: the direct Smolensk – Vitebsk trains run (extra pairs on Fridays). */
const DATE = '2026-04-03';

let server: RunningServer;
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  buildClient();
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  csp = cspViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pickStation(field: 'from' | 'to', typed: string, id: string): Promise<void> {
  await page.fill(`input[name=${field}]`, typed);
  const option = page.locator(`.field--${field} [role=option][data-stop="${id}"]`);
  await option.waitFor({ timeout: 10_000 });
  await option.click();
}

describe('planner in a real browser against the real server', () => {
  it('searches Smolensk → Vitebsk and lists journeys', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('.leaflet-container').waitFor();
    await pickStation('from', 'Smol', 'smolensk');
    await pickStation('to', 'Vitebsk', 'vitebsk');
    await page.fill('input[name=date]', DATE);
    await page.fill('input[name=time]', '05:00');
    await page.click('button.submit');
    await page.locator('button.journey').first().waitFor({ timeout: 30_000 });
    const count = await page.locator('button.journey').count();
    expect(count).toBeGreaterThan(0);
    const first = (await page.locator('button.journey').first().textContent()) ?? '';
    expect(first).toMatch(/\d{2}:\d{2} → \d{2}:\d{2}/);
    // The 2026 plan's times are estimates: the list says so.
    expect(await page.locator('button.journey .badge--estimated').count()).toBe(count);
    expect(page.url()).toContain('from=smolensk');
    expect(page.url()).toContain(`date=${DATE}`);
    // The map drew the network and the Natural Earth border without any tile server.
    await page.locator('.leaflet-marker-icon.station-icon--border').first().waitFor();
    await page.locator('path.country-border').first().waitFor({ timeout: 15_000 });
    await shot(page, '01-results');
  });

  it('loads later journeys with the Later button', async () => {
    const before = await page.locator('button.journey').count();
    await page.click('button.page--later');
    await page.waitForFunction((n) => document.querySelectorAll('button.journey').length > n, before, {
      timeout: 30_000,
    });
    const times = await page.locator('button.journey time:first-child').allTextContents();
    expect([...times].sort()).toEqual(times); // still in departure order
  });

  it('opens a journey: border crossing step with its advisory and its marker on the map', async () => {
    const withBorder = page.locator('button.journey').first();
    await withBorder.click();
    await page.locator('.step--border').first().waitFor();
    const border = (await page.locator('.step--border').first().textContent()) ?? '';
    expect(border).toContain('Russia → Belarus');
    expect(border).toMatch(/passport control/i);
    await page.locator('.journey-crossing').first().waitFor();
    expect(await page.locator('path.journey-leg').count()).toBeGreaterThan(0);
    // The crossing marker's tooltip carries the same advisory, as text.
    await page.locator('.journey-crossing').first().hover();
    const tip = page.locator('.leaflet-tooltip .map-label--advisory');
    await tip.waitFor();
    expect((await tip.textContent()) ?? '').toMatch(/Border crossing: Russia → Belarus.*passport control/);
    expect(page.url()).toContain('j=');
    await shot(page, '02-details');
  });

  it('switches to Russian and a reload of the URL reproduces the view', async () => {
    await page.selectOption('select[name=lang]', 'ru');
    await page.locator('#details-heading', { hasText: 'Подробности поездки' }).waitFor();
    expect(page.url()).toContain('lang=ru');
    const before = (await page.locator('.step--border').first().textContent()) ?? '';
    expect(before).toContain('Россия → Беларусь');
    const url = page.url();
    await page.reload();
    await page.locator('#details-heading', { hasText: 'Подробности поездки' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(url);
    expect((await page.locator('.step--border').first().textContent()) ?? '').toBe(before);
    expect(await page.inputValue('input[name=from]')).toMatch(/Смоленск/);
    await page.locator('.journey-crossing').first().waitFor();
    await shot(page, '03-russian-reloaded');
  });

  it('goes back to English with the browser’s back button', async () => {
    await page.goBack();
    await page.locator('#details-heading', { hasText: 'Journey details' }).waitFor();
    expect(page.url()).not.toContain('lang=ru');
  });

  it('opens a departures board by clicking a station on the map', async () => {
    await page.click('.details-head button.close');
    await page.locator('.leaflet-marker-icon[data-station="orsha"]').click();
    await page.locator('.board h2').waitFor();
    expect((await page.locator('.board h2').textContent()) ?? '').toMatch(/Departures/);
    expect(page.url()).toContain('board=orsha');
    await shot(page, '04-board');
  });

  it('arrives by the asked time', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=12:00&arriveBy=1&lang=en`);
    await page.locator('button.journey').first().waitFor({ timeout: 30_000 });
    expect(await page.isChecked('input[value=arrive]')).toBe(true);
    // The instants, not the clock text: a page holds at least three journeys, some of the day before.
    const arrivals = await page
      .locator('button.journey .journey-times time:nth-of-type(2)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(arrivals.length).toBeGreaterThan(0);
    for (const a of arrivals) expect(Date.parse(a) <= Date.parse(`${DATE}T12:00:00+03:00`)).toBe(true);
  });

  it('fits a 360 px phone', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=05:00&lang=be`);
    await page.locator('button.journey').first().waitFor({ timeout: 30_000 });
    await shot(page, '05-phone-be');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('suggests stations typed in Russian and Belarusian', async () => {
    await page.goto(`${server.url}/?lang=ru`);
    await pickStation('from', 'Смолен', 'smolensk');
    await pickStation('to', 'Віцеб', 'vitebsk');
    expect(await page.inputValue('input[name=to]')).toBe('Витебск');
  });

  it('is usable with the keyboard, every control labelled', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.focus('input[name=from]');
    await page.keyboard.type('Vitebsk');
    await page.locator('.field--from [role=option][data-stop]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('input[name=from]')).toBe('Vitebsk');
    expect(await page.getAttribute('input[name=from]', 'aria-expanded')).toBe('false');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input, select, button')]
        .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.textContent?.trim()))
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    // Stations on the map are reachable with Tab and open their board with Enter.
    await page.locator('.leaflet-marker-icon[data-station="orsha"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.board h2').waitFor();
  });

  it('speaks the browser’s language when the link names none', async () => {
    const context = await browser.newContext({ locale: 'be-BY' });
    const be = await context.newPage();
    await be.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=05:00`);
    await be.locator('button.journey').first().waitFor({ timeout: 30_000 });
    expect(await be.locator('html').getAttribute('lang')).toBe('be');
    expect(await be.locator('button.submit').textContent()).toBe('Шукаць');
    expect(await be.inputValue('input[name=to]')).toBe('Віцебск');
    await context.close();
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(csp).toEqual([]);
  });
});
