import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { reachForEnhanced } from "./hydrated";

/**
 * Every page type, in light and dark, at desktop and phone widths: zero axe violations for the
 * WCAG 2.x A and AA rules, no console errors and no failed requests.
 */
const PAGES = {
  overview: "/",
  timeline: "/calls",
  "timeline filtered": "/calls?country=IR&topic=ceasefire&country=ZZ",
  "timeline chart": "/calls?view=chart&level=head&level=foreign-minister",
  permalink: "/calls/2026-03-02-putin-mohammed-bin-zayed",
  leaders: "/leaders",
  leader: "/leaders/putin",
  countries: "/countries",
  country: "/countries/IR",
  claims: "/claims",
  about: "/about",
  data: "/data",
  leads: "/leads",
  changes: "/changes",
  "timeline added since": "/calls?added-since=2026-11-29",
  "not found": "/calls/no-such-call",
  // The embeds, for other sites' frames: in the reader's scheme, and with the scheme fixed by `theme`.
  "embed: call": "/embed/calls/2026-03-02-putin-mohammed-bin-zayed",
  "embed: call, dark theme": "/embed/calls/2026-03-02-putin-mohammed-bin-zayed?theme=dark",
  "embed: timeline": "/embed/calls?country=IR",
  "embed: timeline, light theme": "/embed/calls?leader=pezeshkian&theme=light",
};
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const colorScheme of ["light", "dark"] as const) {
  for (const [device, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
    test.describe(`${colorScheme}, ${device}`, () => {
      test.use({ colorScheme, viewport });
      for (const [name, url] of Object.entries(PAGES)) {
        test(`${name}: no axe violations, console errors or failed requests`, async ({ page }) => {
          const problems: string[] = [];
          page.on("console", (m) => {
            if (m.type() === "error" && !(name === "not found" && m.text().includes("404"))) problems.push(`console: ${m.text()}`);
          });
          page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
          page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
          page.on("response", (r) => {
            if (r.status() >= 400 && !r.request().isNavigationRequest()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
          });
          const response = await page.goto(url);
          expect(response?.status()).toBe(name === "not found" ? 404 : 200);
          await page.waitForLoadState("networkidle").catch(() => undefined);
          // A page with parts the framework enhances is checked as the reader who reaches for them
          // sees it, hydrated (a hydration mismatch would be a console error).
          await reachForEnhanced(page);
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          expect(violations).toEqual([]);
          expect(problems).toEqual([]);
        });
      }
    });
  }
}

test("a keyboard user can skip to the content and sees where focus is", async ({ page }) => {
  await page.goto("/calls");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).not.toBe("none 0px");
});
