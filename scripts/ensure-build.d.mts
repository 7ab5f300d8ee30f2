import type { ChildProcess } from "node:child_process";
export function ensureBuild(): boolean;
export function waitUntilUp(url: string, server: ChildProcess, timeoutMs?: number, options?: { checkBuild?: boolean }): Promise<void>;
