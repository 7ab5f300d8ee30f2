import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/constants";

/** The kind of a claim (position, offer, denial...) as a small label, one element: it is repeated on every claim. */
export function KindBadge({ kind }: { kind: ClaimKind }) {
  return <span className="badge">{CLAIM_KIND_LABELS[kind]}</span>;
}
