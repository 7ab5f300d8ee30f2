import { describe, expect, it } from "vitest";
import { createScriptDeferrer, deferFrameworkScripts, LOADER } from "../../server/defer-scripts.mjs";

// The head and body Next 16 writes for a page (shortened), with its chunks and stylesheet.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  '<script src="/_next/static/chunks/react-dom.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-1.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  "<title>A call — Readout</title></head><body><main><p>Putin and Araghchi spoke.</p></main>" +
  '<script src="/_next/static/chunks/boot.js" async=""></script>' +
  '<script>self.__next_f.push([1,"1:\\"<script src=\\\\\\"x\\\\\\">\\""])</script></body></html>';

const CSS = "body{color:#111}";
const readStylesheet = (href: string) => (href === "/_next/static/chunks/app.css" ? CSS : undefined);

describe("deferring the framework's scripts until the page has painted", () => {
  const out = deferFrameworkScripts(PAGE, { readStylesheet });

  it("leaves no chunk for the browser to fetch or run, and no stylesheet to wait for, before the first paint", () => {
    expect(out).not.toMatch(/<script src="[^"]*\/_next\/static\/chunks\/[^"]*" async="">/);
    expect(out).not.toContain('rel="preload" as="script"');
    expect(out).not.toContain('<link rel="stylesheet"');
  });

  it("queues every chunk, in the page's order, behind one loader defined before the first", () => {
    const queued = [...out.matchAll(/self\.__readoutDefer\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(queued).toEqual(["/_next/static/chunks/app.css", "/_next/static/chunks/react-dom.js", "/_next/static/chunks/turbopack-1.js", "/_next/static/chunks/boot.js"]);
    expect(out.split(LOADER)).toHaveLength(2);
    expect(out.indexOf(LOADER)).toBeLessThan(out.indexOf("__readoutDefer("));
  });

  it("inlines the stylesheet where its link was, and keeps everything else as it was", () => {
    expect(out).toContain(`<style data-href="/_next/static/chunks/app.css">${CSS}</style>`);
    expect(out.indexOf("<style")).toBeLessThan(out.indexOf("<title>"));
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(out).toContain("<body><main><p>Putin and Araghchi spoke.</p></main>");
    // React's page data (escaped markup inside a string) is not touched.
    expect(out).toContain('self.__next_f.push([1,"1:\\"<script src=\\\\\\"x\\\\\\">\\""])');
  });

  it("keeps a stylesheet's link when it cannot read the file", () => {
    expect(deferFrameworkScripts(PAGE)).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>');
  });

  it("gives the same page however the stream is cut into chunks", () => {
    for (let size = 1; size <= 97; size += 8) {
      const deferrer = createScriptDeferrer({ readStylesheet });
      let streamed = "";
      for (let i = 0; i < PAGE.length; i += size) streamed += deferrer.push(PAGE.slice(i, i + size)).join("");
      streamed += deferrer.flush().join("");
      expect(streamed, `chunks of ${size} characters`).toBe(out);
    }
  });

  it("is done once the bootstrap chunk after the head is queued, and not before", () => {
    const deferrer = createScriptDeferrer({ readStylesheet });
    const boot = PAGE.indexOf('<script src="/_next/static/chunks/boot.js"');
    deferrer.push(PAGE.slice(0, boot));
    expect(deferrer.done).toBe(false);
    deferrer.push(PAGE.slice(boot, boot + 60));
    expect(deferrer.done).toBe(true);
  });

  it("passes a page without Next's chunks through unchanged", () => {
    const plain = "<!DOCTYPE html><html><body><p>1 < 2</p></body></html>";
    expect(deferFrameworkScripts(plain)).toBe(plain);
  });
});
