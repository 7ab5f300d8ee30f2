/** The mark of a call that rests on one report only: readers should weigh it accordingly. */
export function SourcingBadge() {
  return <span className="badge badge-warn">Single source</span>;
}
