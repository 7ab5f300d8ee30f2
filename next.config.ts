import type { NextConfig } from "next";
import { computeStamp } from "./scripts/build-stamp.mjs";

/**
 * The deployment's version: a hash of the code and the data it was built from. It is the build id
 * (so every instance built from the same commit and data agrees) and the ETag of every page.
 */
const version = computeStamp().hash.slice(0, 20);

/**
 * Content-Security-Policy. Next's own bootstrap and streamed page data are inline <script>s whose
 * content differs per page; a nonce would force every page to render per request (no prerendering,
 * no CDN caching), so inline scripts are allowed and everything else is locked down: no plugins,
 * no foreign origins, no framing, no <base> hijacking, forms post only to us.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers every response carries, the embeds' included. */
const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()" },
];

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CSP },
  ...COMMON_HEADERS,
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** The social cards' font files (lib/og/fonts.ts reads them at run time). */
const CARD_FONTS = [
  "./node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic}-{400,700}-normal.woff",
  "./node_modules/@fontsource/noto-serif/files/noto-serif-{latin,latin-ext,cyrillic}-700-normal.woff",
  "./node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff",
  "./node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff",
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // One ETag for everything: the deployment version, set (and answered with 304) in proxy.ts.
  generateEtags: false,
  reactStrictMode: true,
  // A self-contained server (.next/standalone/server.js) that runs on any Node host.
  output: "standalone",
  // Benchmarks build several datasets side by side.
  distDir: process.env.READOUT_DIST_DIR || ".next",
  generateBuildId: () => version,
  env: { READOUT_VERSION: version },
  // The data directory is read at run time (filtered pages, on-demand permalinks): ship it with the server.
  // The chart images' and the cards' fonts are read from node_modules at run time too (lib/exports/chart-image.ts, lib/og).
  outputFileTracingIncludes: {
    "/*": ["./data/**/*", ...CARD_FONTS],
    "/charts/*": ["./node_modules/@expo-google-fonts/noto-sans/{400Regular,600SemiBold,700Bold}/*.ttf"],
  },
  // resvg is a native addon: loaded from node_modules, not bundled.
  serverExternalPackages: ["@resvg/resvg-js"],
  async headers() {
    return [
      // Everything but the embeds: never framed.
      { source: "/((?!embed/|embed$).*)", headers: SECURITY_HEADERS },
      // The embeds (/embed/*) may be framed by any site: their own Content-Security-Policy
      // (lib/embed/respond.ts) says `frame-ancestors *` and allows no script at all.
      { source: "/embed/:path*", headers: COMMON_HEADERS },
    ];
  },
};

export default nextConfig;
