export type BuildStamp = { dataDir: string; hash: string };
export function distDir(): string;
export function dataDirInUse(): string;
export function stampPath(): string;
export function computeStamp(): BuildStamp;
export function readStamp(): BuildStamp | undefined;
