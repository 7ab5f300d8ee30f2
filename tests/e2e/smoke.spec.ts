import { expect, test } from "@playwright/test";

test("the home page lists the latest calls with links to their permalinks", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const link = page.getByRole("link", { name: "Putin and Pezeshkian speak for the second time in a week; Iran thanks Russia for aid" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "/calls/2026-03-10-putin-pezeshkian");
});

test("/data/calls.json lists every call with its permalink", async ({ request }) => {
  const response = await request.get("/data/calls.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const { calls } = (await response.json()) as { calls: { id: string; url: string; counterparts: { country: string }[] }[] };
  const raisi = calls.find((c) => c.id === "2024-04-16-putin-raisi");
  expect(raisi?.url).toMatch(/\/calls\/2024-04-16-putin-raisi$/);
  expect(raisi?.counterparts[0]?.country).toBe("IR");
});
