/**
 * Numbered badges above a time axis, in rows so that none overlap: the pattern chart's event
 * badges (lib/views/matrix.ts) and the calls chart's event markers (components/chart/scale.ts).
 */
export type RowBadge = { row: number; members: number[] };

/**
 * Puts each badge, in order, in the first of `maxRows` rows where it starts at least `gap` after
 * that row's last badge ends. Where no row is free, its members join the previous badge instead
 * (which then grows, and keeps its row). `place` sets a badge's label from its members and returns
 * its extent; it is called again when a badge gains members.
 */
export function packBadgeRows<T extends RowBadge>(badges: readonly T[], place: (badge: T) => { left: number; right: number }, gap: number, maxRows: number): T[] {
  const placed: T[] = [];
  // Right edge of the last badge in each row.
  const rowEnds: number[] = [];
  for (const badge of badges) {
    const { left, right } = place(badge);
    let row = rowEnds.findIndex((end) => left >= end + gap);
    if (row === -1 && rowEnds.length < maxRows) row = rowEnds.length;
    const previous = placed.at(-1);
    if (row === -1 && previous) {
      previous.members.push(...badge.members);
      rowEnds[previous.row] = Math.max(rowEnds[previous.row]!, place(previous).right);
      continue;
    }
    badge.row = Math.max(0, row);
    rowEnds[badge.row] = right;
    placed.push(badge);
  }
  return placed;
}
