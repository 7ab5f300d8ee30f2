import { InPlaceLink } from "./in-place-link";

type Choice = { label: string; href: string; current: boolean };

/**
 * A choice between views of the same calls ("List" or "Chart"; rows by calls or by first call):
 * links, so it works without JavaScript and the URL keeps the choice; with it, the view changes in place.
 */
export function ViewSwitch({ label, choices }: { label: string; choices: readonly Choice[] }) {
  return (
    <nav aria-label={label} className="flex items-center gap-2 text-sm">
      <span className="text-muted" aria-hidden="true">
        {label}:
      </span>
      <span className="inline-flex overflow-hidden rounded border border-rule">
        {choices.map((choice, i) => (
          <InPlaceLink
            key={choice.label}
            href={choice.href}
            aria-current={choice.current ? "true" : undefined}
            className={`px-3 py-1 no-underline ${i > 0 ? "border-l border-rule" : ""} ${
              choice.current ? "bg-ink font-semibold text-paper" : "text-link hover:bg-panel"
            }`}
          >
            {choice.label}
          </InPlaceLink>
        ))}
      </span>
    </nav>
  );
}
