"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * True in the browser once React has hydrated the component, false in the server's HTML (and in
 * the moment after the first paint, before the framework has loaded: see server/defer-scripts.mjs).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
