import { expect, test, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Hostile text in the data renders as text and never runs. A second production server reads a
 * temporary DATA_DIR whose records carry script and HTML-injection payloads in every kind of text
 * field; pages rendered on demand (the timeline, permalinks and leader pages outside the
 * prerendered set) show them literally, and no dialog ever opens.
 */
const SCRIPT = "<script>alert('xss-script')</script>";
const IMG = `"><img src=x onerror="alert('xss-img')">`;
const HOSTILE = `${SCRIPT} ${IMG}`;
const CALL_ID = "2026-03-08-putin-hostile-person";
const TODAY = new Date().toISOString().slice(0, 10);

// One server for the whole file: its tests share it, one after another.
test.describe.configure({ mode: "serial" });

let server: ChildProcess;
let dir: string;
const port = Number(process.env.E2E_PORT ?? 3100) + 50;
const base = `http://127.0.0.1:${port}`;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-xss-"));
  fs.cpSync(path.resolve("data"), dir, { recursive: true });
  const people = JSON.parse(fs.readFileSync(path.join(dir, "people.json"), "utf8"));
  people.push({ id: "hostile-person", name: `Hostile ${HOSTILE}`, nativeName: IMG, offices: [{ id: "envoy", title: `Envoy ${SCRIPT}`, country: "IR", level: "other" }] });
  fs.writeFileSync(path.join(dir, "people.json"), JSON.stringify(people));
  const source = "diariocarioca-2026-03-08-putin-halt-attacks-iran";
  const call = {
    id: CALL_ID,
    date: "2026-03-08",
    dateCertainty: "inferred",
    dateNote: `Note ${HOSTILE}`,
    mode: "phone",
    russians: [{ person: "putin", office: "president" }],
    counterparts: [{ person: "hostile-person", office: "envoy", namedAs: IMG }],
    headline: `Headline ${HOSTILE}`,
    summary: `Summary ${HOSTILE}`,
    readouts: {
      kremlin: { status: "reported", by: `By ${SCRIPT}`, summary: `Kremlin ${HOSTILE}`, quotes: [{ text: `Quote ${HOSTILE}`, speaker: IMG, source }], sources: [source] },
      others: [{ id: "other", side: "counterpart", by: `Other ${IMG}`, summary: `Other ${HOSTILE}`, quotes: [], sources: [source] }],
    },
    claims: [
      { id: "a", statement: `Claim ${HOSTILE}`, speakers: ["putin"], kind: "position", reportedIn: "kremlin", sources: [source] },
      { id: "b", statement: `Counter ${HOSTILE}`, speakers: ["hostile-person"], kind: "denial", reportedIn: "other", sources: [source] },
    ],
    disagreements: [{ claims: ["a", "b"], note: `Disagreement ${HOSTILE}` }],
    topics: ["ceasefire"],
    events: [],
    sources: [source],
    notes: [`Note ${HOSTILE}`],
    // Published and corrected today: the first entries on /changes.
    published: TODAY,
    corrections: [{ date: TODAY, note: `Correction ${HOSTILE}` }],
  };
  fs.writeFileSync(path.join(dir, "calls", `${CALL_ID}.json`), JSON.stringify(call));

  server = spawn(process.execPath, [path.resolve(process.env.READOUT_DIST_DIR || ".next", "standalone", "server.js")], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the hostile-data server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});

async function expectInert(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await page.goto(base + url);
  expect(response?.status(), url).toBe(200);
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // The page data carries the text as an escaped JSON string; an injected script would be a script of its own.
  expect(await page.locator("script").evaluateAll((scripts) => scripts.some((s) => s.textContent?.trim() === "alert('xss-script')"))).toBe(false);
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
}

test("hostile record text on the timeline is shown as text", async ({ page }) => {
  await expectInert(page, "/calls?q=hostile");
});

test("hostile record text on the permalink is shown as text", async ({ page }) => {
  await expectInert(page, `/calls/${CALL_ID}`);
});

test("hostile person text on the leader page is shown as text", async ({ page }) => {
  await expectInert(page, "/leaders/hostile-person");
});

test("hostile record text on the changes page is shown as text", async ({ page }) => {
  await expectInert(page, "/changes");
});

test("hostile record text in the call embed is shown as text", async ({ page }) => {
  await expectInert(page, `/embed/calls/${CALL_ID}`);
});

test("hostile record text in the timeline embed is shown as text", async ({ page }) => {
  await expectInert(page, "/embed/calls?q=hostile");
});

test("hostile record text is drawn on the social card, which still renders", async ({ request }) => {
  const response = await request.get(`${base}/calls/${CALL_ID}/opengraph-image`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});

test("hostile text stays inside its fields in the citations and the oEmbed answer", async ({ request }) => {
  const ris = await (await request.get(`${base}/calls/${CALL_ID}/citation.ris`)).text();
  expect(ris.match(/^TY {2}-/gm)).toHaveLength(1);
  expect(ris.match(/^ER {2}-/gm)).toHaveLength(1);
  expect(ris).toContain(`TI  - Headline ${HOSTILE}`);
  const bib = await (await request.get(`${base}/calls/${CALL_ID}/citation.bib`)).text();
  expect(bib).not.toContain("<script>");
  expect(bib).toContain("\\textless{}script\\textgreater{}");
  const oembed = (await (await request.get(`${base}/oembed?url=${encodeURIComponent(`${base}/calls/${CALL_ID}`)}`)).json()) as { html: string; title: string };
  expect(oembed.title).toBe(`Headline ${HOSTILE}`);
  expect(oembed.html).not.toContain("<script");
  expect(oembed.html).not.toContain("<img");
});

test("hostile text in the JSON export stays data", async ({ request }) => {
  const response = await request.get(`${base}/calls/${CALL_ID}/record.json`);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body.record.headline).toBe(`Headline ${HOSTILE}`);
});
