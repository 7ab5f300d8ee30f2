import { describe, expect, it } from "vitest";
import { countrySummary, isCounterpartCountry, listCounterpartCountries } from "@/lib/countries";
import { callSpan, interlocutors, latestOffice, officeOn, officeSpan, officesInOrder, peopleBySide, personSide, shownInterlocutors } from "@/lib/leaders";
import { fixtureDataset } from "./pages-fixture";

const dataset = fixtureDataset();
const person = (id: string) => dataset.personById.get(id)!;
const tally = (list: readonly { item: { id: string }; count: number }[]) => list.map((t) => [t.item.id, t.count]);

describe("offices", () => {
  it("finds the office held on a date, open ends included", () => {
    expect(officeOn(person("raisi"), "2024-04-16")?.id).toBe("president");
    expect(officeOn(person("raisi"), "2024-05-19")?.id).toBe("president");
    expect(officeOn(person("raisi"), "2024-05-20")).toBeUndefined();
    expect(officeOn(person("lavrov"), "2000-01-01")?.id).toBe("envoy-un");
  });

  it("takes the open office as the latest and lists offices in the order held", () => {
    expect(latestOffice(person("lavrov")).id).toBe("foreign-minister");
    expect(officesInOrder(person("lavrov")).map((o) => o.id)).toEqual(["envoy-un", "foreign-minister"]);
    expect(officeSpan(person("raisi").offices[0]!)).toBe("until 19 May 2024");
    expect(officeSpan(person("lavrov").offices[0]!)).toBe("from 9 March 2004");
    expect(officeSpan(person("putin").offices[0]!)).toBe("");
  });

  it("puts a person on the side of their latest office's country", () => {
    expect(personSide(person("lavrov"))).toBe("russia");
    expect(personSide(person("witkoff"))).toBe("counterpart");
  });
});

describe("interlocutors", () => {
  it("counts Putin's counterparts, most calls first, then the most recent", () => {
    const list = interlocutors(dataset, "putin");
    expect(list.map((i) => [i.person.id, i.count])).toEqual([
      ["pezeshkian", 3],
      ["mbz", 1],
      ["raisi", 1],
    ]);
    expect(list[0]?.first.id).toBe("2026-01-16-putin-pezeshkian");
    expect(list[0]?.last.id).toBe("2026-03-10-putin-pezeshkian");
  });

  it("counts a counterpart's Russian officials", () => {
    expect(interlocutors(dataset, "pezeshkian").map((i) => [i.person.id, i.count])).toEqual([
      ["putin", 3],
      ["lavrov", 1],
    ]);
  });

  it("is empty for an unknown person", () => {
    expect(interlocutors(dataset, "nobody")).toEqual([]);
  });

  it("lists at most a page's worth of them on a leader's page, the most-called first, and counts the rest", () => {
    const all = interlocutors(dataset, "putin");
    expect(all.length).toBeGreaterThan(2);
    const { shown, hidden } = shownInterlocutors(all, 2);
    expect(shown).toEqual(all.slice(0, 2));
    expect(hidden).toBe(all.length - 2);
    expect(shownInterlocutors(all)).toEqual({ shown: all, hidden: 0 });
  });
});

describe("callSpan", () => {
  it("gives the count, first and last of a list of calls", () => {
    const span = callSpan(dataset.callsByPerson.get("lavrov")!);
    expect([span.count, span.first?.id, span.last?.id]).toEqual([2, "2026-01-16-lavrov-pezeshkian", "2026-03-11-lavrov-witkoff"]);
    expect(callSpan([])).toEqual({ count: 0 });
  });
});

describe("peopleBySide", () => {
  it("splits Russians from counterparts and groups counterparts by country, by name", () => {
    const { russia, counterparts } = peopleBySide(dataset);
    expect(russia.map((e) => [e.person.id, e.calls])).toEqual([
      ["putin", 5],
      ["lavrov", 2],
    ]);
    expect(counterparts.map((g) => [g.country.code, g.people.map((e) => [e.person.id, e.calls])])).toEqual([
      [
        "IR",
        [
          ["pezeshkian", 4],
          ["raisi", 1],
        ],
      ],
      ["AE", [["mbz", 1]]],
      ["US", [["witkoff", 1]]],
    ]);
  });
});

describe("countries", () => {
  it("knows which countries are counterparts", () => {
    expect(isCounterpartCountry(dataset, "IR")).toBe(true);
    expect(isCounterpartCountry(dataset, "RU")).toBe(false);
    expect(isCounterpartCountry(dataset, "ZZ")).toBe(false);
    expect(isCounterpartCountry(dataset, "ir")).toBe(false);
  });

  it("lists counterpart countries by number of calls, then name", () => {
    expect(listCounterpartCountries(dataset).map((c) => c.code)).toEqual(["IR", "AE", "US"]);
  });

  it("summarises a country: exactly its calls, its leaders, the Russians who called, the topics", () => {
    const summary = countrySummary(dataset, "IR")!;
    expect(summary.calls.map((c) => c.id)).toEqual([
      "2024-04-16-putin-raisi",
      "2026-01-16-lavrov-pezeshkian",
      "2026-01-16-putin-pezeshkian",
      "2026-03-02-putin-pezeshkian",
      "2026-03-10-putin-pezeshkian",
    ]);
    expect(tally(summary.leaders)).toEqual([
      ["pezeshkian", 4],
      ["raisi", 1],
    ]);
    expect(tally(summary.russians)).toEqual([
      ["putin", 4],
      ["lavrov", 1],
    ]);
    expect(tally(summary.topics)).toEqual([
      ["ceasefire", 5],
      ["mediation", 1],
    ]);
  });

  it("has no summary for Russia or an unknown code", () => {
    expect(countrySummary(dataset, "RU")).toBeUndefined();
    expect(countrySummary(dataset, "XX")).toBeUndefined();
  });
});
