import type { ReactNode } from "react";

/** A link off the site: no referrer and no access to this page from the one it opens. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}
