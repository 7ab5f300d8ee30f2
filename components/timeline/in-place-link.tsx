import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to another view of the timeline (a chip, "Clear all", the events toggle): the client router
 * swaps the list in place and keeps the scroll position. Without prefetching: the views are
 * query-dependent and each would be rendered for nothing. Links between pages use components/ui/link.
 */
export function InPlaceLink(props: Omit<ComponentProps<typeof NextLink>, "scroll" | "prefetch">) {
  // data-js: the framework loads when the reader reaches for this link (server/defer-scripts.mjs).
  return <NextLink {...props} scroll={false} prefetch={false} data-js="" />;
}
