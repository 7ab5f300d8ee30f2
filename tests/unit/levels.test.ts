import { describe, expect, it } from "vitest";
import { toCallRowView } from "@/lib/calls";
import { validateFiles, type DataFile } from "@/lib/data/validate";
import { filterCalls, parseCallQuery } from "@/lib/filter";
import { callsCsv } from "@/lib/exports/csv";
import { toCallRecordExport } from "@/lib/exports/json";
import { toPloverEvent } from "@/lib/exports/plover";
import { callLevels, levelOn, levelPairLabel, levelsOfCall, participantLevel } from "@/lib/views/levels";

/**
 * Araghchi was a deputy foreign minister (level "other") until 20 August 2024 and foreign minister
 * from the 21st: the same person is at a different level on either side of the change.
 */
const people = [
  { id: "putin", name: "Vladimir Putin", offices: [{ id: "president", title: "President of Russia", country: "RU", level: "head" }] },
  { id: "lavrov", name: "Sergei Lavrov", offices: [{ id: "foreign-minister", title: "Foreign Minister of Russia", country: "RU", level: "foreign-minister" }] },
  {
    id: "araghchi",
    name: "Abbas Araghchi",
    offices: [
      { id: "deputy-foreign-minister", title: "Deputy Foreign Minister of Iran", country: "IR", level: "other", to: "2024-08-20" },
      { id: "foreign-minister", title: "Foreign Minister of Iran", country: "IR", level: "foreign-minister", from: "2024-08-21" },
    ],
  },
  { id: "pezeshkian", name: "Masoud Pezeshkian", offices: [{ id: "president", title: "President of Iran", country: "IR", level: "head" }] },
];

function call(date: string, russian: [string, string], counterparts: [string, string][]) {
  const id = `${date}-${russian[0]}-${counterparts.map((c) => c[0]).join("-")}`;
  return {
    id,
    date,
    dateCertainty: "exact",
    mode: "phone",
    published: date,
    russians: [{ person: russian[0], office: russian[1] }],
    counterparts: counterparts.map(([person, office]) => ({ person, office })),
    headline: `Call ${id}`,
    summary: "A call.",
    readouts: { kremlin: { status: "reported", by: "Kremlin", summary: "They spoke.", quotes: [], sources: ["src"] }, others: [] },
    claims: [{ id: "c1", statement: "A claim.", speakers: [counterparts[0]![0]], kind: "position", reportedIn: "kremlin", sources: ["src"] }],
    topics: ["ceasefire"],
    events: [],
    sources: ["src"],
  };
}

const calls = [
  call("2024-06-01", ["lavrov", "foreign-minister"], [["araghchi", "deputy-foreign-minister"]]),
  call("2024-09-01", ["lavrov", "foreign-minister"], [["araghchi", "foreign-minister"]]),
  call("2024-09-02", ["putin", "president"], [["pezeshkian", "president"], ["araghchi", "foreign-minister"]]),
];

const files: DataFile[] = [
  ["countries.json", [{ code: "RU", name: "Russia", adjective: "Russian", region: "Europe" }, { code: "IR", name: "Iran", adjective: "Iranian", region: "Middle East" }]],
  ["people.json", people],
  ["sources.json", [{ id: "src", publisher: "Wire", headline: "Calls", url: "https://example.org/a", kind: "wire", language: "en" }]],
  ["topics.json", [{ id: "ceasefire", label: "Ceasefire", description: "Ceasefire." }]],
  ["events.json", []],
  ...calls.map((c) => [`calls/${c.id}.json`, c] as [string, unknown]),
].map(([name, json]) => ({ name: name as string, displayPath: name as string, text: JSON.stringify(json) }));

const { dataset, problems } = validateFiles(files, { today: "2026-11-22" });
const before = dataset!.callById.get("2024-06-01-lavrov-araghchi")!;
const after = dataset!.callById.get("2024-09-01-lavrov-araghchi")!;
const summit = dataset!.callById.get("2024-09-02-putin-pezeshkian-araghchi")!;

describe("levels from offices", () => {
  it("the fixture is valid", () => expect(problems).toEqual([]));

  it("takes a participant's level from the office held on the day, across a change of office", () => {
    expect(participantLevel(dataset!, before.counterparts[0]!)).toBe("other");
    expect(participantLevel(dataset!, after.counterparts[0]!)).toBe("foreign-minister");
    const araghchi = dataset!.personById.get("araghchi")!;
    expect(levelOn(araghchi, "2024-08-20")).toBe("other");
    expect(levelOn(araghchi, "2024-08-21")).toBe("foreign-minister");
    expect(levelOn(dataset!.personById.get("putin")!, "2024-01-01")).toBe("head");
  });

  it("gives each side's levels and every level of a call, most senior first", () => {
    expect(callLevels(dataset!, before)).toEqual({ russians: ["foreign-minister"], counterparts: ["other"] });
    expect(callLevels(dataset!, summit)).toEqual({ russians: ["head"], counterparts: ["head", "foreign-minister"] });
    expect(levelsOfCall(dataset!, before)).toEqual(["foreign-minister", "other"]);
    expect(levelsOfCall(dataset!, summit)).toEqual(["head", "foreign-minister"]);
  });

  it("says a call's levels in words, Russian side first", () => {
    expect(levelPairLabel(callLevels(dataset!, before))).toBe("Foreign minister with official");
    expect(levelPairLabel(callLevels(dataset!, after))).toBe("Foreign ministers");
    expect(levelPairLabel(callLevels(dataset!, summit))).toBe("Leader with leader and foreign minister");
    expect(levelPairLabel({ russians: ["other"], counterparts: ["head", "head"] })).toBe("Official with leaders");
    expect(toCallRowView(dataset!, after).levels).toBe("Foreign ministers");
  });

  it("the timeline's level filter follows the change of office", () => {
    const ids = (search: string) => filterCalls(dataset!, parseCallQuery(new URLSearchParams(search), dataset!).query).map((c) => c.id);
    expect(ids("level=other")).toEqual([before.id]);
    expect(ids("level=foreign-minister&sort=oldest")).toEqual([before.id, after.id, summit.id]);
    expect(ids("level=head&leader=araghchi")).toEqual([summit.id]);
  });

  it("every export carries the levels", () => {
    const csv = callsCsv(dataset!, [summit]);
    const [header, row] = csv.trim().split("\r\n");
    const cells = (line: string) => line.slice(1, -1).split('","');
    const record = Object.fromEntries(cells(header!).map((name, i) => [name, cells(row!)[i]]));
    expect(record.russian_levels).toBe("head");
    expect(record.counterpart_levels).toBe("head | foreign-minister");
    expect(toCallRecordExport(dataset!, before).counterparts[0]?.level).toBe("other");
    expect(toPloverEvent(dataset!, after).source.map((a) => a.level)).toEqual(["foreign-minister", "foreign-minister"]);
  });
});
