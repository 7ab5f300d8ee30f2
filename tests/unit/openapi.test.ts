import fs from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { EXPORTS, SCHEMA_EXPORT } from "@/lib/exports/catalog";
import { buildOpenApi, openApiText, OPENAPI_PATH } from "@/lib/exports/openapi";
import { FILTER_PARAMS } from "@/lib/filter";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Every route handler and social card under app/, as an OpenAPI path: app/calls/[id]/record.json/route.ts → /calls/{id}/record.json. */
function appEndpoints(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(route\.ts|opengraph-image\.tsx)$/.test(entry.name)) {
        const route = path.relative(APP, dir).split(path.sep).filter(Boolean).map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"));
        found.push(`/${[...route, ...(entry.name.startsWith("opengraph-image") ? ["opengraph-image"] : [])].join("/")}`);
      }
    }
  };
  walk(APP);
  return found.sort();
}

type Doc = { openapi: string; paths: Record<string, { get: { parameters?: { $ref?: string; name?: string }[]; responses: Record<string, unknown> } }> };

describe("the OpenAPI document (/data/openapi.json)", () => {
  const doc = buildOpenApi("test") as unknown as Doc;

  it("is valid OpenAPI 3.1, as a maintained parser reads it", { timeout: 60_000 }, async () => {
    expect(doc.openapi).toBe("3.1.0");
    // validate() dereferences in place: give it a copy of the served text.
    const result = await validate(JSON.parse(openApiText()));
    expect(result.valid, JSON.stringify("errors" in result ? result.errors : [], null, 2)).toBe(true);
  });

  it("names every route the app serves, every download among them", () => {
    const described = Object.keys(doc.paths);
    const endpoints = appEndpoints();
    expect(endpoints.length).toBeGreaterThan(15);
    for (const endpoint of endpoints) expect(described, endpoint).toContain(endpoint);
    for (const format of Object.values(EXPORTS)) expect(described).toContain(format.path);
    expect(described).toContain(SCHEMA_EXPORT.path);
    expect(described).toContain(OPENAPI_PATH);
  });

  it("describes the timeline's filter parameters on every download, with examples", () => {
    // events, view, rows and page set how a page shows a view, not which calls it holds.
    const filters = FILTER_PARAMS.filter((p) => !["events", "page", "view", "rows"].includes(p));
    for (const format of Object.values(EXPORTS)) {
      const names = (doc.paths[format.path]!.get.parameters ?? []).map((p) => p.$ref?.split("/").at(-1));
      for (const name of filters) if (!(format.id === "feed" && name === "sort")) expect(names, `${format.path} ${name}`).toContain(name);
    }
    const parameters = (buildOpenApi("test").components as { parameters: Record<string, { example?: unknown }> }).parameters;
    for (const [name, parameter] of Object.entries(parameters)) expect(parameter.example, name).toBeDefined();
  });

  it("gives every operation a 200 response with a media type", () => {
    for (const [route, item] of Object.entries(doc.paths)) {
      const ok = item.get.responses["200"] as { content?: Record<string, unknown> } | undefined;
      expect(ok?.content && Object.keys(ok.content).length, route).toBeTruthy();
    }
  });
});
