import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("the home page lists the latest calls with links to their permalinks", async ({ page }) => {
  const dir = path.resolve(import.meta.dirname, "../../data/calls");
  const latestFile = fs.readdirSync(dir).sort().at(-1)!;
  const latest = JSON.parse(fs.readFileSync(path.join(dir, latestFile), "utf8")) as { id: string; headline: string };
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const link = page.getByRole("link", { name: latest.headline });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", `/calls/${latest.id}`);
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
