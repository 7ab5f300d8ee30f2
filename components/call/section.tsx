import type { ReactNode } from "react";

/** A titled section of a page: an h2 under a heavy rule, as a newspaper's section heads. */
export function Section({ id, title, children, className = "" }: { id: string; title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className={`mt-12 scroll-mt-4 ${className}`}>
      <h2 id={`${id}-heading`} className="border-t-2 border-ink pt-2 font-serif text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}
