import type { Page } from "@playwright/test";

/** The mark an enhanced part (the filter form, a Copy field) carries once React has hydrated it. */
const HYDRATED = "[data-hydrated]";

/**
 * The framework loads when the reader reaches for a part it enhances, an element marked `data-js`
 * (server/defer-scripts.mjs). Moves the pointer over the first such part on screen, as a reader
 * would, and waits until React has hydrated the page. Returns false on a page with no such part.
 */
export async function reachForEnhanced(page: Page): Promise<boolean> {
  const enhanced = page.locator("[data-js]:visible").first();
  if ((await enhanced.count()) === 0) return false;
  await enhanced.hover();
  await page.locator(HYDRATED).first().waitFor({ state: "attached" });
  return true;
}

/** Opens a timeline view and waits until its filter form works by itself (the pointer over it). */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (!(await reachForEnhanced(page))) throw new Error(`${url} has no part the framework enhances`);
}
