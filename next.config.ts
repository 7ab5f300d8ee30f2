import type { NextConfig } from "next";
import { computeStamp } from "./scripts/build-stamp.mjs";

/**
 * The deployment's version: a hash of the code and the data it was built from. It is the build id
 * (so every instance built from the same commit and data agrees) and the ETag of every page.
 */
const version = computeStamp().hash.slice(0, 20);

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
  outputFileTracingIncludes: { "/*": ["./data/**/*"] },
};

export default nextConfig;
