import { NextResponse, type NextRequest } from "next/server";

/**
 * Caching for a CDN or reverse proxy in front of any number of identical instances. The data is
 * read-only between deployments, so every response is a function of the URL and the deployment's
 * version (code + data, see next.config.ts): that version is a strong ETag for every page, and a
 * request that already has it gets 304 without rendering anything.
 */
const VERSION = process.env.READOUT_VERSION ?? "dev";
const ETAG = `"${VERSION}"`;

/** Pages that depend on the query string (filters) or are rendered per request. */
const DYNAMIC_PATHS = ["/calls", "/claims"];

export const CACHE_STATIC = "public, max-age=300, s-maxage=31536000, stale-while-revalidate=86400";
export const CACHE_DYNAMIC = "public, max-age=60, s-maxage=3600, stale-while-revalidate=86400";

export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const matches = request.headers
    .get("if-none-match")
    ?.split(",")
    .some((tag) => tag.trim() === ETAG);
  const { pathname, search } = request.nextUrl;
  const dynamic = search.length > 1 || DYNAMIC_PATHS.includes(pathname);
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
