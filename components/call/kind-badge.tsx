import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/constants";

/** The kind of a claim (position, offer, denial...) as a small label. */
export function KindBadge({ kind }: { kind: ClaimKind }) {
  return (
    <span className="inline-block rounded-sm border border-rule px-1.5 py-px text-[0.7rem] font-semibold uppercase leading-4 tracking-wider text-muted">
      <span className="sr-only">Kind: </span>
      {CLAIM_KIND_LABELS[kind]}
    </span>
  );
}
