"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * `client()` in the browser once React has hydrated the component, `server` in the server's HTML;
 * it never changes after that. `client()` must return the same value each time it is called.
 */
export function useClientValue<T>(client: () => T, server: T): T {
  return useSyncExternalStore(subscribeNever, client, () => server);
}

/**
 * True in the browser once React has hydrated the component, false in the server's HTML (and until
 * the framework has loaded, when the reader first reaches for a part it enhances: see
 * server/defer-scripts.mjs).
 */
export function useHydrated(): boolean {
  return useClientValue(() => true, false);
}
