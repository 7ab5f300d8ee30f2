import { expect, test } from "@playwright/test";

for (const path of ["/", "/data/calls.json", "/no-such-page", "/calls/2026-03-02-putin-mohammed-bin-zayed", "/oembed?url=x", "/embedded"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("only the embeds may be framed, and they may run no script", async ({ request }) => {
  const response = await request.get("/embed/calls/2026-03-02-putin-mohammed-bin-zayed");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors *"]) expect(csp).toContain(directive);
  expect(csp).not.toContain("script-src");
  expect(headers["x-frame-options"]).toBeUndefined();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
});
