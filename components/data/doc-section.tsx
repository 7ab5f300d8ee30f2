import type { ReactNode } from "react";

/** A titled section of a documentation page (/data, /about), linkable by its id. */
export function DocSection({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`mt-12 scroll-mt-6 ${wide ? "max-w-4xl" : "max-w-3xl"}`}>
      <h2 id={`${id}-heading`} className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      <div className="mt-3 space-y-3 leading-relaxed [&_a]:underline">{children}</div>
    </section>
  );
}
