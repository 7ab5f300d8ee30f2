import type { FieldDoc } from "@/lib/exports/meta";

/** A download's fields, named in code type, each with what it holds. */
export function FieldList({ fields, label }: { fields: readonly FieldDoc[]; label: string }) {
  return (
    <dl aria-label={label} className="grid gap-x-6 text-sm sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] sm:gap-y-2">
      {fields.map((field) => (
        <div key={field.name} className="contents">
          <dt className="break-words font-mono text-[0.8125rem] text-ink">{field.name}</dt>
          <dd className="mb-3 text-muted sm:mb-0">{field.description}</dd>
        </div>
      ))}
    </dl>
  );
}
