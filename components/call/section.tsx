import type { ReactNode } from "react";

/** A titled section of a page: an h2 under a heavy rule, as a newspaper's section heads. */
export function Section({ id, title, children, className = "" }: { id: string; title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className={`section ${className}`}>
      <h2 id={`${id}-heading`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
