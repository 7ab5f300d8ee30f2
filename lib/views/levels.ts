/**
 * Participants' seniority levels, derived from the office each held on the day of the call (the
 * office the record names, which validation has checked was held that day). Pure functions.
 */
import { heldOn, type Dataset } from "../data/validate";
import { LEVELS, LEVEL_SHORT, type Level } from "../constants";
import type { Call, Participant, Person } from "../schema";

/** The level of the office a participant held on the call's day. */
export function participantLevel(dataset: Dataset, participant: Participant): Level {
  const office = dataset.personById.get(participant.person)?.offices.find((o) => o.id === participant.office);
  if (!office) throw new Error(`Dataset invariant broken: office "${participant.office}" of "${participant.person}" does not resolve`);
  return office.level;
}

/** The level of the office a person held on a date, if the registry records one (the most senior, if several). */
export function levelOn(person: Person, date: string): Level | undefined {
  const levels = person.offices.filter((o) => heldOn(o, date)).map((o) => o.level);
  return LEVELS.find((level) => levels.includes(level));
}

export type CallLevels = { russians: Level[]; counterparts: Level[] };

/** Each side's levels, in the record's order of participants. */
export function callLevels(dataset: Dataset, call: Call): CallLevels {
  return {
    russians: call.russians.map((p) => participantLevel(dataset, p)),
    counterparts: call.counterparts.map((p) => participantLevel(dataset, p)),
  };
}

/** Every level present on either side of a call, most senior first, each once. */
export function levelsOfCall(dataset: Dataset, call: Call): Level[] {
  const { russians, counterparts } = callLevels(dataset, call);
  return LEVELS.filter((level) => russians.includes(level) || counterparts.includes(level));
}

function sideLabel(levels: readonly Level[], many: boolean): string {
  const distinct = LEVELS.filter((level) => levels.includes(level));
  return distinct.map((level) => (many && distinct.length === 1 && levels.length > 1 ? LEVEL_SHORT[level].many : LEVEL_SHORT[level].one)).join(" and ");
}

/**
 * The call's levels in a few words, Russian side first: "Leaders", "Foreign ministers",
 * "Officials", or "Leader with foreign minister", "Official with leaders".
 */
export function levelPairLabel({ russians, counterparts }: CallLevels): string {
  const all = [...russians, ...counterparts];
  const label =
    all.every((level) => level === all[0]) && all[0]
      ? LEVEL_SHORT[all[0]].many
      : `${sideLabel(russians, true)} with ${sideLabel(counterparts, true)}`;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
