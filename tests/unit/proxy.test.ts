import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { listCounterpartCountries } from "@/lib/countries";
import { validateFiles } from "@/lib/data/validate";
import { DATA_DIR, TODAY, realFiles } from "./helpers";

// knownIds() reads the data directory once per process, on the first request.
beforeAll(() => {
  process.env.DATA_DIR = DATA_DIR;
});

/** Where proxy.ts sends a GET of `path`: "404" (the not-found page, rendered as HTML) or "page". */
async function route(path: string): Promise<"404" | "page"> {
  const { proxy } = await import("@/proxy");
  const response = proxy(new NextRequest(new URL(path, "http://readout.test")));
  const rewrite = response.headers.get("x-middleware-rewrite");
  return rewrite && new URL(rewrite).pathname === "/_readout-not-found" ? "404" : "page";
}

describe("the proxy's 404s", () => {
  it("lets through exactly the country pages that exist, and lower-case codes of them (the page redirects those)", async () => {
    const dataset = validateFiles(realFiles(), { today: TODAY }).dataset!;
    const pages = listCounterpartCountries(dataset).map((c) => c.code);
    expect(pages.length).toBeGreaterThan(10);
    for (const code of pages) {
      expect(await route(`/countries/${code}`)).toBe("page");
      expect(await route(`/countries/${code.toLowerCase()}`)).toBe("page");
    }
    for (const code of dataset.countryByCode.keys()) if (!pages.includes(code)) expect(await route(`/countries/${code}`)).toBe("404");
    for (const path of ["/countries/ZZ", "/countries/RU", "/countries/ru", "/countries/IRN", "/countries/%00A"]) expect(await route(path)).toBe("404");
  });

  it("answers unknown calls and leaders with the 404 page, and known ones with their page", async () => {
    expect(await route("/calls/2024-04-16-putin-raisi")).toBe("page");
    expect(await route("/calls/2024-04-16-putin-raisi/citation.bib")).toBe("page");
    expect(await route("/calls/2024-04-16-putin-nobody")).toBe("404");
    expect(await route("/calls/2024-04-16-putin-raisi/nothing")).toBe("404");
    expect(await route("/leaders/putin")).toBe("page");
    expect(await route("/leaders/nobody")).toBe("404");
  });
});
