/**
 * An in-process cache of finished responses, as they go over the wire: rewritten and compressed.
 *
 * The data cannot change while the server runs (a new version is a new deployment), so a page is
 * a function of its URL and of the request headers that choose its form (Accept-Encoding, Accept,
 * Host). The first request for it renders, rewrites and compresses it; later ones are answered
 * from memory with the same status, headers and bytes, as a CDN in front would answer them.
 * Concurrent requests for a page that is being rendered wait for that one render.
 *
 * Only what any reader may be given is kept: a GET without cookies, credentials, conditions or a
 * range, that is not a request of Next's client router (those want the page's data, not its HTML,
 * under the same URL), answered 200 with `Cache-Control: public` and no cookie; and Next's hashed
 * files under /_next/static/, whoever asks for them. Bounded by entries and bytes, least recently
 * used first out.
 */

/** Request headers that make a response someone's own, partial, conditional, or the client router's data. */
const BYPASS_HEADERS = [
  "authorization",
  "cookie",
  "if-match",
  "if-modified-since",
  "if-none-match",
  "if-range",
  "if-unmodified-since",
  "range",
  "next-action",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-url",
  "rsc",
  "x-prerender-revalidate",
];

/** Response headers a stored response does not repeat: the connection's, and the length (set to the stored body's). */
const CONNECTION_HEADERS = new Set(["connection", "content-length", "date", "keep-alive", "transfer-encoding"]);

/** The key of a request whose answer may be stored and shared, or undefined. */
function cacheKey(req) {
  if (req.method !== "GET" || !req.url) return undefined;
  // Next's hashed files (its chunks, compressed here once instead of on every request) are the same
  // whoever asks, however; the rest of /_next/ is left to Next.
  const asset = req.url.startsWith("/_next/static/");
  if (req.url.startsWith("/_next/") && !asset) return undefined;
  const h = req.headers;
  if (BYPASS_HEADERS.some((name) => h[name] !== undefined)) return undefined;
  // A script's fetch() (the router's own requests) rather than a page load: set by the browser, not by scripts.
  if (!asset && h["sec-fetch-mode"] !== undefined && h["sec-fetch-mode"] !== "navigate") return undefined;
  if (/[?&]_rsc=/.test(req.url)) return undefined;
  return JSON.stringify([req.url, h.host ?? "", h["accept-encoding"] ?? "", h.accept ?? ""]);
}

/** Whether a finished response may be given to anyone who sends the same request. */
function isShareable(status, headers) {
  const cacheControl = String(headers["cache-control"] ?? "");
  return status === 200 && /\bpublic\b/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl) && headers["set-cookie"] === undefined;
}

/** writeHead's headers with names in lower case, as `res.getHeaders()` gives them (writeHead also takes a flat [name, value, …] list). */
function headerObject(headers) {
  const out = {};
  if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = headers[i + 1];
  else if (headers && typeof headers === "object") for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

export function createResponseCache({ maxEntries = 2000, maxEntryBytes = 1024 * 1024, maxTotalBytes = 64 * 1024 * 1024 } = {}) {
  const entries = new Map();
  const inFlight = new Map();
  let totalBytes = 0;

  // What an entry holds: its body and its key (a URL may be as long as Node lets a request line be).
  const sizeOf = (key, entry) => entry.body.length + key.length;

  function remember(key, entry) {
    if (entries.has(key)) totalBytes -= sizeOf(key, entries.get(key));
    entries.delete(key);
    entries.set(key, entry);
    totalBytes += sizeOf(key, entry);
    // A Map iterates oldest first: evict from the front.
    for (const [oldKey, old] of entries) {
      if (entries.size <= maxEntries && totalBytes <= maxTotalBytes) break;
      entries.delete(oldKey);
      totalBytes -= sizeOf(oldKey, old);
    }
  }

  function lookup(key) {
    const entry = entries.get(key);
    if (entry) {
      // Most recently used goes to the back.
      entries.delete(key);
      entries.set(key, entry);
    }
    return entry;
  }

  function send(entry, res) {
    res.writeHead(entry.status, entry.headers);
    res.end(entry.body);
  }

  /** Keeps a copy of what `res` sends; stores it under `key` if it is shareable. Resolves when `res` is closed. */
  function record(key, res) {
    const { writeHead, write, end } = res;
    // Undefined until the headers are written; then the status and headers to store, or null if
    // the response may not be shared (and its body is no longer copied).
    let head;
    const chunks = [];
    let bytes = 0;
    const keep = (chunk, encoding) => {
      if (head === null || chunk == null || typeof chunk === "function" || bytes > maxEntryBytes) return;
      // A copy either way: the caller may reuse its buffer.
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
      bytes += buffer.length;
      chunks.push(buffer);
    };
    res.writeHead = function (code, ...rest) {
      const last = rest.at(-1);
      // Headers set with setHeader, then any given here (these win, as in Node).
      const headers = { ...res.getHeaders(), ...headerObject(typeof last === "object" ? last : undefined) };
      head = isShareable(code, headers) ? { status: code, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !CONNECTION_HEADERS.has(name))) } : null;
      if (head === null) chunks.length = 0;
      return writeHead.call(this, code, ...rest);
    };
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    return new Promise((resolve) => {
      res.once("finish", () => {
        if (!head || bytes > maxEntryBytes) return;
        const body = Buffer.concat(chunks);
        remember(key, { status: head.status, headers: { ...head.headers, "content-length": body.length }, body });
      });
      res.once("close", resolve);
    });
  }

  return {
    /**
     * Answers `req` from memory if its response is stored; otherwise calls `next()` (Next.js and
     * the rewrite) and stores what it sends. Waits first if the same request is being answered.
     */
    async handle(req, res, next) {
      const key = cacheKey(req);
      if (key === undefined) return next();
      let entry = lookup(key);
      if (!entry && inFlight.has(key)) {
        await inFlight.get(key);
        entry = lookup(key);
        // That one was not stored (an error, a page too large): this request renders its own.
        if (!entry) return next();
      }
      if (entry) return send(entry, res);
      const done = record(key, res).finally(() => inFlight.delete(key));
      inFlight.set(key, done);
      return next();
    },
    get size() {
      return { entries: entries.size, bytes: totalBytes };
    },
  };
}
