import type { ChildProcess, StdioOptions } from "node:child_process";
export function serverEntry(): string;
export function startServer(options?: { port?: number | string; stdio?: StdioOptions; env?: Record<string, string> }): ChildProcess;
