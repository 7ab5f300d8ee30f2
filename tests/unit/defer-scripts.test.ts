import { describe, expect, it } from "vitest";
import { createScriptDeferrer, deferFrameworkScripts, ENHANCED_ATTRIBUTE, LOADER } from "../../server/defer-scripts.mjs";

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

describe("the rewrite: nothing to fetch or run before the first paint", () => {
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

/** Runs the loader against a stand-in for the browser: listeners, a head to add to, an address. */
function runLoader({ errorDocument = false, path = "/calls", search = "" } = {}) {
  const listeners = new Map<string, (event: { target: unknown }) => void>();
  const added: { tag: string; src?: string; href?: string; media?: string }[] = [];
  const location = { pathname: path, search, reloads: 0, reload: () => location.reloads++ };
  const element = (tag: string) => ({ tag, setAttribute: () => {} }) as (typeof added)[number] & { setAttribute: () => void };
  const document = {
    documentElement: { id: errorDocument ? "__next_error__" : "" },
    createElement: element,
    head: { appendChild: (e: (typeof added)[number]) => added.push(e) },
    addEventListener: (type: string, listener: (event: { target: unknown }) => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const self: Record<string, unknown> = {
    location,
    addEventListener: (type: string, listener: (event: { target: unknown }) => void) => listeners.set(`window:${type}`, listener),
  };
  new Function("self", "document", LOADER)(self, document);
  const defer = self.__readoutDefer as (src: string) => void;
  /** An element inside (or outside) a part marked data-js. */
  const target = (enhanced: boolean) => ({ closest: (selector: string) => (enhanced && selector === `[${ENHANCED_ATTRIBUTE}]` ? {} : null) });
  return { listeners, added, location, defer, target };
}

describe("the loader: the framework on the reader's first reach", () => {
  it("adds nothing until the reader reaches for an enhanced part, then every queued file in order", () => {
    const { listeners, added, defer, target } = runLoader();
    defer("/_next/static/chunks/app.css");
    defer("/_next/static/chunks/react-dom.js");
    defer("/_next/static/chunks/boot.js");
    listeners.get("pointerover")!({ target: target(false) });
    listeners.get("focusin")!({ target: target(false) });
    expect(added).toEqual([]);

    listeners.get("pointerover")!({ target: target(true) });
    expect(added.map((e) => e.href ?? e.src)).toEqual(["/_next/static/chunks/app.css", "/_next/static/chunks/react-dom.js", "/_next/static/chunks/boot.js"]);
    expect(added[0]).toMatchObject({ tag: "link", rel: "stylesheet", media: "not all" });
    expect(added[1]).toMatchObject({ tag: "script", async: true });
    // Done with listening; a file queued from now on is added at once.
    expect(listeners.has("pointerover") || listeners.has("pointerdown") || listeners.has("focusin")).toBe(false);
    defer("/_next/static/chunks/late.js");
    expect(added.at(-1)?.src).toBe("/_next/static/chunks/late.js");
  });

  it("starts on a press or the keyboard's focus too", () => {
    for (const type of ["pointerdown", "focusin"]) {
      const { listeners, added, defer, target } = runLoader();
      defer("/_next/static/chunks/boot.js");
      listeners.get(type)!({ target: target(true) });
      expect(added.map((e) => e.src), type).toEqual(["/_next/static/chunks/boot.js"]);
    }
  });

  it("loads at once in Next's error document, which React renders", () => {
    const { added, defer } = runLoader({ errorDocument: true });
    defer("/_next/static/chunks/boot.js");
    expect(added.map((e) => e.src)).toEqual(["/_next/static/chunks/boot.js"]);
  });

  it("reloads the page on Back to another address before the framework has loaded, and only then", () => {
    const { listeners, location, target } = runLoader({ path: "/calls", search: "?country=IR" });
    listeners.get("window:popstate")!({ target: null });
    expect(location.reloads).toBe(0); // a #fragment of the same page
    location.search = "";
    listeners.get("window:popstate")!({ target: null });
    expect(location.reloads).toBe(1);
    // Once the framework has loaded, its router renders the address.
    listeners.get("focusin")!({ target: target(true) });
    location.search = "?country=QA";
    listeners.get("window:popstate")!({ target: null });
    expect(location.reloads).toBe(1);
  });
});
