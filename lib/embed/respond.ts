import { EMBED_CSP } from "./embed";

/**
 * An embed's response. Its Content-Security-Policy lets any site frame it (`frame-ancestors *`)
 * and allows nothing else: no script at all, only its own stylesheet. No cookie is ever set.
 * next.config.ts adds the other security headers and leaves out X-Frame-Options for /embed only.
 */
export function embedResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": EMBED_CSP },
  });
}
