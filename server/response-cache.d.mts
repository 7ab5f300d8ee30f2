import type { IncomingMessage, ServerResponse } from "node:http";
export function createResponseCache(options?: { maxEntries?: number; maxEntryBytes?: number; maxTotalBytes?: number }): {
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> | void;
  readonly size: { entries: number; bytes: number };
};
