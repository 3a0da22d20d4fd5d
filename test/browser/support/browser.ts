import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/**
 * Debian's chromium package (`apt-get install chromium`): the browsers Playwright downloads are not
 * reachable from CI. CHROMIUM_PATH points elsewhere if needed.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser profile (own cookies) for one role; the page is registered for screenshots of failures. */
export async function openProfile(browser: Browser, name: string, locale = 'ru-RU'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  const pages: Map<string, Page> = ((globalThis as any).__browserPages ??= new Map());
  pages.set(name, page);
  return { context, page };
}

/** Signs in through the sign-in form, as an editor would. */
export async function signIn(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel(/API-ключ|API key/).fill(key);
  await page.getByRole('button', { name: /Войти|Sign in/ }).click();
  await page.getByTestId('who').waitFor();
}
