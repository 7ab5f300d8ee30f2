import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { validateFiles } from "@/lib/data/validate";
import { parseCallQuery } from "@/lib/filter";
import { escapeXml, patternSvgDocument, renderPng } from "@/lib/exports/chart-image";
import { chartImageLinks, patternChart, WHOLE_RECORD } from "@/lib/timeline/pattern";
import { makeDataset, makeEvent } from "./fixtures";
import { realFiles, TODAY } from "./helpers";

const dataset = makeDataset([
  { date: "2026-03-02", counterparts: ["tamim"] },
  { date: "2026-03-02", counterparts: ["pezeshkian"] },
  { date: "2026-03-06", russians: ["lavrov"], counterparts: ["araghchi"] },
]);

describe("the pattern chart as an image to take away", () => {
  it("carries the title, the filter in words, the key, the credit line and the licence", () => {
    const query = parseCallQuery(new URLSearchParams("country=IR&level=head"), dataset).query;
    const svg = patternSvgDocument(patternChart(dataset, query), { dataset, viewPath: "/calls?country=IR&level=head&view=chart" });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<title id=\"t\">Who Moscow called, and when: calls with Iran, where a head of state or government took part</title>");
    expect(svg).toContain("Calls with Iran, where a head of state or government took part, on 2 March 2026: 1 call.");
    expect(svg).toContain("Vladimir Putin");
    expect(svg).toContain("Creative Commons Attribution 4.0 International (CC BY 4.0)");
    expect(svg).toContain(`Data version ${dataset.version}`);
    expect(svg).toContain("This view: http://localhost:3000/calls?country=IR&#38;level=head&#38;view=chart");
  });

  it("escapes record text and searches, so an image cannot carry markup", () => {
    expect(escapeXml(`<script>"x" & 'y'</script>`)).toBe("&#60;script&#62;&#34;x&#34; &#38; &#39;y&#39;&#60;/script&#62;");
    const query = parseCallQuery(new URLSearchParams({ q: "<script>alert(1)</script>" }), dataset).query;
    const svg = patternSvgDocument(patternChart(dataset, query, []), { dataset, viewPath: "/calls?q=%3Cscript%3E" });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&#60;script&#62;");
  });

  it("links to the images of a view with its filters and row order, without the list's settings", () => {
    const query = parseCallQuery(new URLSearchParams("country=IR&sort=oldest&page=2&view=chart&rows=first"), dataset).query;
    expect(chartImageLinks(query)).toEqual({ svg: "/charts/pattern.svg?country=IR&rows=first", png: "/charts/pattern.png?country=IR&rows=first" });
    expect(chartImageLinks(WHOLE_RECORD).png).toBe("/charts/pattern.png");
  });

  it("renders a PNG on the server, with the record's Cyrillic names", async () => {
    const real = validateFiles(realFiles(), { today: TODAY }).dataset!;
    const view = patternChart(real, WHOLE_RECORD, real.calls);
    const svg = patternSvgDocument({ ...view, filter: "звонки Владимира Путина" }, { dataset: real, viewPath: "/calls?view=chart" });
    const png = await renderPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Twice the SVG's width.
    expect(png.readUInt32BE(16)).toBe(2400);
    if (process.env.CHART_PNG_OUT) fs.writeFileSync(process.env.CHART_PNG_OUT, png);
  }, 30_000);

  it("draws event lines from the events of the period", () => {
    const withEvents = { ...dataset, events: [makeEvent("strikes", "2026-03-04")] };
    const svg = patternSvgDocument(patternChart(withEvents, WHOLE_RECORD, withEvents.calls), { dataset: withEvents, viewPath: "/calls" });
    expect(svg).toContain("strikes");
    expect(svg).toContain('stroke-dasharray="3 3"');
  });
});
