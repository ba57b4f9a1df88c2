import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from './buildClient.ts';
import { cspViolations, launchBrowser, shot } from './launchBrowser.ts';
import { type RunningServer, startServer } from './startServer.ts';

const DATE = '2026-04-03';

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

const active = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { cls: el?.className ?? '', id: el?.id ?? '', station: el?.dataset.station ?? '' };
  });

describe('keyboard', () => {
  it('moves focus to the first journey after a search', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('.leaflet-marker-icon[data-station]').first().waitFor();
    await page.focus('input[name=from]');
    await page.keyboard.type('Smolensk');
    await page.locator('.field--from [role=option][data-stop="smolensk"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.focus('input[name=to]');
    await page.keyboard.type('Vitebsk');
    await page.locator('.field--to [role=option][data-stop="vitebsk"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.fill('input[name=date]', DATE);
    await page.fill('input[name=time]', '05:00');
    await page.focus('input[name=time]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('journey'), null, {
      timeout: 30_000,
    });
    expect(
      await page.evaluate(() => document.activeElement === document.querySelector('button.journey')),
    ).toBe(true);
  });

  it('Escape closes the details and gives focus back to the journey', async () => {
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'details-heading');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('journey'));
    expect(await page.locator('.journey-details').isHidden()).toBe(true);
    expect(page.url()).not.toContain('j=');
  });

  it('the map’s stations are one Tab stop; arrow keys move between them; Escape closes the board', async () => {
    const stops = await page
      .locator('.leaflet-marker-icon[data-station]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('tabindex')));
    expect(stops.length).toBeGreaterThan(30);
    expect(stops.filter((t) => t === '0')).toHaveLength(1);
    // Tab from the last control of the panel reaches the stations' one stop, then leaves the map.
    await page.locator('.leaflet-marker-icon[data-station][tabindex="0"]').focus();
    const first = (await active()).station;
    expect(first).not.toBe('');
    await page.keyboard.press('ArrowRight');
    const second = (await active()).station;
    expect(second).not.toBe('');
    expect(second).not.toBe(first);
    await page.keyboard.press('End');
    expect((await active()).station).not.toBe(second);
    // The roving stop follows the focus.
    expect(
      await page.locator('.leaflet-marker-icon[data-station][tabindex="0"]').getAttribute('data-station'),
    ).toBe((await active()).station);
    const station = (await active()).station;
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'board-heading');
    await shot(page, 'keys-01-board-en');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (id) => (document.activeElement as HTMLElement)?.dataset.station === id,
      station,
    );
    expect(await page.locator('.board').isHidden()).toBe(true);
  });
});

describe('phone', () => {
  for (const [lang, summary] of [
    ['en', 'Smolensk-Tsentralny → Vitebsk · Fri 3 April, 05:00'],
    ['ru', 'Смоленск-Центральный → Витебск · пт, 3 апреля, 05:00'],
    ['be', 'Смаленск → Віцебск · пт, 3 красавіка, 05:00'],
  ] as const) {
    it(`folds the form after a search on a 360 px phone (${lang})`, async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=05:00&lang=${lang}`);
      await page.locator('button.journey').first().waitFor({ timeout: 30_000 });
      await page.waitForFunction(
        (text) => document.querySelector('.form-summary-text')?.textContent === text,
        summary,
      );
      expect(await page.locator('input[name=from]').isVisible()).toBe(false);
      // The journeys start on the first screen.
      const box = await page.locator('button.journey').first().boundingBox();
      expect(box && box.y + box.height).toBeLessThan(740);
      await shot(page, `phone-01-folded-${lang}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  it('unfolds on request, focus in the first field', async () => {
    await page.click('button.form-unfold');
    expect(await page.locator('input[name=from]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('from');
    await shot(page, 'phone-02-unfolded-be');
    await page.setViewportSize({ width: 1280, height: 860 });
    // On a wide screen the form never folds.
    expect(await page.locator('.form-summary').isVisible()).toBe(false);
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(csp).toEqual([]);
  });
});
