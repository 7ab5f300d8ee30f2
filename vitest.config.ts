import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Some tests start a process (the validate CLI); on two shared cores that can take more than the default 5 s.
    testTimeout: 30_000,
  },
});
