import { NextResponse, type NextRequest } from "next/server";
import { knownIds } from "./lib/known-ids";

/**
 * Caching for a CDN or reverse proxy in front of any number of identical instances. The data is
 * read-only between deployments, so every response is a function of the URL and the deployment's
 * version (code + data, see next.config.ts): that version is a strong ETag for every page, and a
 * request that already has it gets 304 without rendering anything.
 */
const VERSION = process.env.READOUT_VERSION ?? "dev";
const ETAG = `"${VERSION}"`;

/** Pages that depend on the query string (filters) or are rendered per request. */
const DYNAMIC_PATHS = ["/calls", "/claims", "/changes"];

export const CACHE_STATIC = "public, max-age=300, s-maxage=31536000, stale-while-revalidate=86400";
export const CACHE_DYNAMIC = "public, max-age=60, s-maxage=3600, stale-while-revalidate=86400";

/** What a call's permalink has below it: its record, its social card, its citations. */
const CALL_SUBPATHS = new Set(["record.json", "opengraph-image", "citation.bib", "citation.ris", "citation.json"]);

/** A path that cannot name any page: undecodable escapes, NUL or control characters, or an id that does not exist. */
function isImpossible(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return true;
  const [, section, id, rest] = decoded.split("/");
  if (!id) return false;
  if (section === "calls") {
    const call = id.endsWith(".json") && rest === undefined ? id.slice(0, -5) : id; // /calls/<id>.json redirects to the record
    return !knownIds().calls.has(call) || (rest !== undefined && !CALL_SUBPATHS.has(rest));
  }
  if (section === "leaders") return !knownIds().people.has(id);
  // A lower-case code passes: the page redirects it to the upper-case one.
  if (section === "countries") return !/^[A-Za-z]{2}$/.test(id) || !knownIds().countries.has(id.toUpperCase());
  return false;
}

export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const { pathname } = request.nextUrl;
  // Straight to the 404 page (a path no route matches), without rendering a page for the id.
  if (isImpossible(pathname)) return NextResponse.rewrite(new URL("/_readout-not-found", request.url));
  const matches = request.headers
    .get("if-none-match")
    ?.split(",")
    .some((tag) => tag.trim() === ETAG);
  const { search } = request.nextUrl;
  // A social card's `?<hash>` (Next's cache buster in og:image) does not change what it shows.
  const dynamic = (search.length > 1 && !pathname.endsWith("/opengraph-image")) || DYNAMIC_PATHS.includes(pathname);
  const cacheControl = dynamic ? CACHE_DYNAMIC : CACHE_STATIC;
  if (matches) return new NextResponse(null, { status: 304, headers: { ETag: ETAG, "Cache-Control": cacheControl } });
  const response = NextResponse.next();
  response.headers.set("Cache-Control", cacheControl);
  response.headers.set("ETag", ETAG);
  return response;
}

export const config = {
  // Hashed assets already carry immutable caching from Next.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
