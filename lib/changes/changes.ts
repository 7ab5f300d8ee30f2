/**
 * The public changelog: every addition to the record (a call's `published` date) and every
 * correction (dated in the record), newest first. Pure functions of the dataset; /changes, its
 * Atom feed and the downloads' "last changed" date read them.
 */
import type { Dataset } from "../data/validate";
import type { Call } from "../schema";
import { CHANGES_PATH } from "./paths";

export type Change =
  | { kind: "added"; date: string; call: Call }
  | {
      kind: "corrected";
      date: string;
      call: Call;
      note: string;
      /** Position of the correction in the record's list, from 1: the anchor `#correction-<n>` on the permalink. */
      number: number;
    };

/** Corrections before additions on the same day (a reader following the record wants to know what changed first), then by call. */
const KIND_ORDER = { corrected: 0, added: 1 } as const;

/**
 * Every change, newest first: by date of the change; on one day, corrections before additions;
 * then the newer call first (as the timeline lists them), then by id; a record's corrections of
 * one day in the order it lists them.
 */
export function listChanges(calls: readonly Call[]): Change[] {
  const changes: Change[] = [];
  for (const call of calls) {
    changes.push({ kind: "added", date: call.published, call });
    call.corrections?.forEach((correction, i) => {
      changes.push({ kind: "corrected", date: correction.date, call, note: correction.note, number: i + 1 });
    });
  }
  return changes.sort(
    (a, b) =>
      compareDesc(a.date, b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareDesc(a.call.date, b.call.date) ||
      compareDesc(a.call.id, b.call.id) ||
      (a.kind === "corrected" && b.kind === "corrected" ? a.number - b.number : 0),
  );
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

const cache = new WeakMap<Dataset, Change[]>();

/** The dataset's changes, newest first, computed once per dataset. */
export function getChanges(dataset: Dataset): readonly Change[] {
  let changes = cache.get(dataset);
  if (!changes) cache.set(dataset, (changes = listChanges(dataset.calls)));
  return changes;
}

/** The day the record last changed (the newest addition or correction), or undefined for an empty record. */
export function lastChanged(dataset: Dataset): string | undefined {
  return getChanges(dataset)[0]?.date;
}

export type ChangeDay = { date: string; changes: Change[]; added: number; corrected: number };

/** Changes grouped by day, newest day first, as /changes lists them. */
export function changesByDay(changes: readonly Change[]): ChangeDay[] {
  const days: ChangeDay[] = [];
  for (const change of changes) {
    let day = days.at(-1);
    if (day?.date !== change.date) days.push((day = { date: change.date, changes: [], added: 0, corrected: 0 }));
    day.changes.push(change);
    day[change.kind]++;
  }
  return days;
}

/** The anchor of a change on the call's permalink. */
export function changeAnchor(change: Change): string {
  return change.kind === "added" ? "history" : `correction-${change.number}`;
}

/** Changes on one page of /changes: the page's HTML stays bounded however long the history grows. */
export const CHANGES_PAGE_SIZE = 50;

/** /changes reads one parameter, `page`; anything else is ignored with a notice. */
export function parseChangesQuery(params: Record<string, string | string[] | undefined>): { page: number; notices: string[] } {
  const notices: string[] = [];
  let page = 1;
  for (const [key, value] of Object.entries(params)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if (key === "_rsc" || values.length === 0) continue;
    const shown = (text: string) => `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
    if (key !== "page") notices.push(`Ignored unknown parameter ${shown(key)}.`);
    else if (/^[1-9]\d{0,5}$/.test(values[0]!.trim())) page = Number(values[0]!.trim());
    else notices.push(`Ignored page ${shown(values[0]!)}: pages are numbered from 1.`);
  }
  return { page, notices };
}

export function changesHref(page: number): string {
  return page > 1 ? `${CHANGES_PATH}?page=${page}` : CHANGES_PATH;
}
