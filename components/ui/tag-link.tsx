import Link from "next/link";
import type { ReactNode } from "react";

/** A small rounded tag that links somewhere (a topic to the filtered timeline). */
export function TagLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-block rounded-full border border-rule px-2.5 py-0.5 text-xs text-muted no-underline hover:border-link hover:text-link"
    >
      {children}
    </Link>
  );
}
