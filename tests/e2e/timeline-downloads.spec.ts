import { expect, test } from "@playwright/test";

test("the timeline links to downloads of exactly the view shown", async ({ page, request }) => {
  await page.goto("/calls?country=IR&topic=ceasefire");
  const shown = await page.locator("li.call-row").count();
  expect(shown).toBeGreaterThan(0);
  const csvLink = page.getByRole("link", { name: "CSV", exact: true });
  await expect(csvLink).toHaveAttribute("href", "/data/calls.csv?country=IR&topic=ceasefire");
  const csv = await (await request.get((await csvLink.getAttribute("href"))!)).text();
  const rows = csv.trim().split(/\r\n(?=")/).length - 1; // header row, then one row per call
  expect(rows).toBe(shown);
});
