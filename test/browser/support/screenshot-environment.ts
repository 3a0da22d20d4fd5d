import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';
import { mkdirSync } from 'fs';
import { join } from 'path';

/** Where a failing browser test leaves a picture of its page (kept by CI as an artifact). */
export const SCREENSHOT_DIR = join(__dirname, '..', 'screenshots');

/**
 * The Node environment, plus a screenshot of every open page when a test fails. Browser tests register
 * their pages in `globalThis.__browserPages`; the picture is taken before afterAll closes them.
 */
export default class ScreenshotEnvironment extends TestEnvironment {
  async handleTestEvent(event: Circus.Event): Promise<void> {
    if (event.name !== 'test_fn_failure') return;
    const pages: Map<string, { screenshot(options: { path: string; fullPage: boolean }): Promise<unknown> }> | undefined = (this.global as any).__browserPages;
    if (!pages?.size) return;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const test = event.test.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
    for (const [role, page] of pages) {
      const path = join(SCREENSHOT_DIR, `${test}-${role}.png`);
      await page.screenshot({ path, fullPage: true }).then(
        () => process.stderr.write(`screenshot of the failing test: ${path}\n`),
        () => undefined,
      );
    }
  }
}
