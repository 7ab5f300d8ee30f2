/**
 * An in-process cache of rendered pages that depend on the query string (the filtered timeline,
 * the claims ledger, the filtered exports). The data cannot change while the server runs, so a
 * page is a pure function of its URL: the first request renders it, later ones are answered from
 * memory, as a CDN in front would. Bounded by entries and bytes; concurrent misses for one URL
 * share a single render.
 */
const MAX_ENTRIES = 1000;
const MAX_ENTRY_BYTES = 512 * 1024;
const MAX_TOTAL_BYTES = 96 * 1024 * 1024;

export type CachedPage = { status: number; body: ArrayBuffer; headers: [string, string][] };

const entries = new Map<string, CachedPage>();
const inFlight = new Map<string, Promise<CachedPage | undefined>>();
let totalBytes = 0;

function remember(key: string, page: CachedPage) {
  if (page.status !== 200 || page.body.byteLength > MAX_ENTRY_BYTES) return;
  entries.set(key, page);
  totalBytes += page.body.byteLength;
  // A Map iterates oldest first: evict from the front.
  for (const [oldKey, old] of entries) {
    if (entries.size <= MAX_ENTRIES && totalBytes <= MAX_TOTAL_BYTES) break;
    entries.delete(oldKey);
    totalBytes -= old.body.byteLength;
  }
}

/** The cached page for `key`, or the result of `render` (run once however many ask at the same time). */
export async function cachedPage(key: string, render: () => Promise<CachedPage | undefined>): Promise<CachedPage | undefined> {
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key); // most recently used goes to the back
    entries.set(key, hit);
    return hit;
  }
  let pending = inFlight.get(key);
  if (!pending) {
    pending = render().then((page) => {
      if (page) remember(key, page);
      return page;
    });
    pending.finally(() => inFlight.delete(key)).catch(() => undefined);
    inFlight.set(key, pending);
  }
  return pending;
}
