import type { Page } from "@playwright/test";

/**
 * Opens a timeline view and waits until its filter form works by itself. The framework loads after
 * the first paint (server/defer-scripts.mjs), so `goto` can return before a checkbox updates the list.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('form[role="search"][data-hydrated]').first().waitFor({ state: "attached" });
}
