import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/constants";

/** The kind of a claim (position, offer, denial...) as a small label. */
export function KindBadge({ kind }: { kind: ClaimKind }) {
  return (
    <span className="badge">
      <span className="sr-only">Kind: </span>
      {CLAIM_KIND_LABELS[kind]}
    </span>
  );
}
