import path from "node:path";

/** The settings of Readout's next.config.ts that change what a browser receives. */
const config = {
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
};

export default config;
