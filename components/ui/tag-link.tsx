import type { ReactNode } from "react";

/** A small rounded tag that links somewhere (a topic to the filtered timeline). A plain link: tags come by the dozen. */
export function TagLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="tag">
      {children}
    </a>
  );
}
