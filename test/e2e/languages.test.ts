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
  // An American browser: the page must not take its 12-hour clock or month-first dates.
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  csp = cspViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Latin words on the page outside the names that stay Latin in every language (and URLs). */
function latinWords(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const allowed = new Set(['Leaflet', 'OpenStreetMap', 'Natural', 'Earth']);
    const roman = /^[IVX]+$/; // Дачная II
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[hidden], script, style, noscript') || !el.getClientRects().length) continue;
      const text = n.textContent ?? '';
      if (/^\s*https?:\/\//.test(text)) continue;
      for (const w of text.match(/[A-Za-z]{2,}/g) ?? []) if (!allowed.has(w) && !roman.test(w)) out.push(w);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder'])
        for (const w of el.getAttribute(a)?.match(/[A-Za-z]{2,}/g) ?? [])
          if (!allowed.has(w) && !roman.test(w)) out.push(`${a}:${w}`);
    return out;
  });
}

describe('three languages', () => {
  it('Russian: 24-hour time, day-first dates, no declined station names, nothing left in English', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=05:00&lang=ru`);
    await page.locator('button.journey').first().click({ timeout: 30_000 });
    await page.locator('.step--border').first().waitFor();
    expect(await page.inputValue('input[name=date]')).toBe('03.04.2026');
    expect(await page.inputValue('input[name=time]')).toBe('05:00');
    expect(await page.locator('.date-day').textContent()).toBe('пт, 3 апреля');
    const details = (await page.locator('.journey-details').textContent()) ?? '';
    expect(details).toContain('→ Витебск');
    expect(details).not.toMatch(/до Витебск|между /);
    expect(details).toMatch(/участок .+ — .+/);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain(
      'границы: Natural Earth',
    );
    expect((await latinWords(page)).join(' ')).toBe('');
    await shot(page, 'lang-01-details-ru');
  });

  it('Belarusian: the sourced station names, its own words, nothing left in English', async () => {
    await page.goto(`${server.url}/?from=smolensk&to=vitebsk&date=${DATE}&time=12:30&lang=be`);
    await page.locator('button.journey').first().waitFor({ timeout: 30_000 });
    const change = page.locator('button.journey', { hasText: 'Орша-Цэнтральная' }).first();
    await change.click();
    await page.locator('.stopovers summary').first().click();
    expect(await page.locator('.journey-details').textContent()).toContain('Асінаўка');
    expect(await page.locator('.journey-details').textContent()).toContain('→ Орша-Цэнтральная');
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('межы: Natural Earth');
    expect((await latinWords(page)).join(' ')).toBe('');
    await shot(page, 'lang-02-details-be');
    await page.setViewportSize({ width: 360, height: 740 });
    await shot(page, 'lang-03-details-be-360');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('finds Asinaŭka typed in Belarusian and suggests it by its Belarusian name', async () => {
    await page.goto(`${server.url}/?lang=be`);
    await page.fill('input[name=from]', 'Асінаўка');
    const option = page.locator('.field--from [role=option][data-stop="osinovka"]');
    await option.waitFor({ timeout: 10_000 });
    expect(await option.locator('.suggestion-name').textContent()).toBe('Асінаўка');
    expect(await option.locator('.suggestion-country').textContent()).toBe('Беларусь');
  });

  it('reads typed dates and times and writes them back in the language’s format', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.fill('input[name=date]', '4.4.2026');
    await page.fill('input[name=time]', '17.30');
    await page.locator('input[name=from]').focus();
    expect(await page.inputValue('input[name=date]')).toBe('04/04/2026');
    expect(await page.inputValue('input[name=time]')).toBe('17:30');
    expect(await page.locator('.date-day').textContent()).toBe('Sat 4 April');
    await page.click('button.day-step[aria-label="Next day"]');
    expect(await page.inputValue('input[name=date]')).toBe('05/04/2026');
    await page.selectOption('select[name=lang]', 'ru');
    await page.locator('button.submit', { hasText: 'Найти' }).waitFor();
    expect(await page.inputValue('input[name=date]')).toBe('05.04.2026');
    await shot(page, 'lang-04-form-ru');
    await page.fill('input[name=time]', '5 PM');
    await page.fill('input[name=from]', 'Смоленск');
    await page.locator('.field--from [role=option][data-stop]').first().click();
    await page.fill('input[name=to]', 'Витебск');
    await page.locator('.field--to [role=option][data-stop]').first().click();
    await page.click('button.submit');
    await page.locator('.form-message', { hasText: 'Введите время в виде чч:мм' }).waitFor();
  });

  it('ran without Content-Security-Policy violations', () => {
    expect(csp).toEqual([]);
  });
});
