import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Where screenshots go (gitignored). */
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts/e2e');

/** Debian's Chromium (apt-get install -y chromium); never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot as test-artifacts/e2e/<name>.png and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Collects Content-Security-Policy violations reported on the console (inline scripts, inline
 * styles, foreign scripts), ignoring blocked map tiles: the page must run under the strict CSP.
 */
export function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy/i.test(text) && !/img-src/.test(text)) found.push(text);
  });
  page.on('pageerror', (e) => found.push(`pageerror: ${e.message}`));
  return found;
}
