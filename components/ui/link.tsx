import type { AnchorHTMLAttributes } from "react";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * The site's links between pages: plain anchors. Every page is prerendered or cached, so a full page
 * load is quick, and a plain anchor costs nothing to hydrate, whereas each next/link is a client
 * component that React must hydrate and that prefetches its page when it scrolls into view (dozens
 * per page, on a reader's mobile data). The timeline's own controls (chips, the events toggle) are
 * InPlaceLinks (components/timeline/in-place-link.tsx), updated in place.
 */
export default function Link(props: Props) {
  return <a {...props} />;
}
