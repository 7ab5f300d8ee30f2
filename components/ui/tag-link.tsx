import type { ReactNode } from "react";
import Link from "./link";

/** A small rounded tag that links somewhere (a topic to the filtered timeline). */
export function TagLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="tag">
      {children}
    </Link>
  );
}
