import { expect, test } from "@playwright/test";

test("the home page lists real calls with links to their permalinks", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const link = page.getByRole("link", { name: "Putin urges restraint on all sides after Iran's attack on Israel" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "/calls/2024-04-16-putin-raisi");
});

test("/data/calls.json lists every call with its permalink", async ({ request }) => {
  const response = await request.get("/data/calls.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const calls = (await response.json()) as { id: string; url: string; counterparts: { country: string }[] }[];
  const raisi = calls.find((c) => c.id === "2024-04-16-putin-raisi");
  expect(raisi?.url).toMatch(/\/calls\/2024-04-16-putin-raisi$/);
  expect(raisi?.counterparts[0]?.country).toBe("IR");
});
