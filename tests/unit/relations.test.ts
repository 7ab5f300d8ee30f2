import { describe, expect, it } from "vitest";
import {
  adjacentCalls,
  counterpartHistories,
  daysBetween,
  findCallIndex,
  firstCallSince,
  sameDayChain,
} from "@/lib/relations";
import { call, fixtureDataset } from "./pages-fixture";

const dataset = fixtureDataset();
const ids = (calls: readonly { id: string }[] | undefined) => calls?.map((c) => c.id);

describe("findCallIndex (binary search over calls sorted by compareCalls)", () => {
  it("finds every call at its position, and -1 for a call not in the list", () => {
    dataset.calls.forEach((c, i) => expect(findCallIndex(dataset.calls, c)).toBe(i));
    const pezeshkianCalls = dataset.callsByPerson.get("pezeshkian")!;
    expect(findCallIndex(pezeshkianCalls, call(dataset, "E"))).toBe(2);
    expect(findCallIndex(pezeshkianCalls, call(dataset, "D"))).toBe(-1);
    expect(findCallIndex([], call(dataset, "A"))).toBe(-1);
  });
});

describe("adjacentCalls", () => {
  it("gives the previous and next call in time, honouring the order within a day", () => {
    expect(adjacentCalls(dataset, call(dataset, "C"))).toEqual({ previous: call(dataset, "B"), next: call(dataset, "D") });
  });

  it("has no previous for the first call and no next for the last", () => {
    expect(adjacentCalls(dataset, call(dataset, "A"))).toEqual({ next: call(dataset, "B") });
    expect(adjacentCalls(dataset, call(dataset, "G"))).toEqual({ previous: call(dataset, "F") });
  });
});

describe("sameDayChain", () => {
  it("lists the day's calls in their reported order, with the position of this one", () => {
    const chain = sameDayChain(dataset, call(dataset, "C"));
    expect(ids(chain?.calls)).toEqual(["2026-01-16-lavrov-pezeshkian", "2026-01-16-putin-pezeshkian"]);
    expect(chain?.position).toBe(2);
    expect(chain?.ordered).toBe("all");
  });

  it("says when the sources give no order within the day", () => {
    const chain = sameDayChain(dataset, call(dataset, "E"));
    expect(ids(chain?.calls)).toEqual(["2026-03-02-putin-mbz", "2026-03-02-putin-pezeshkian"]);
    expect(chain?.position).toBe(2);
    expect(chain?.ordered).toBe("none");
  });

  it("lists the ordered calls first when the sources order only some of the day", () => {
    const extra = fixtureDataset([{ id: "2026-01-16-putin-mbz", russian: ["putin", "president"], counterpart: ["mbz", "president"] }]);
    const chain = sameDayChain(extra, call(extra, "C"));
    expect(ids(chain?.calls)).toEqual(["2026-01-16-lavrov-pezeshkian", "2026-01-16-putin-pezeshkian", "2026-01-16-putin-mbz"]);
    expect(chain?.ordered).toBe("some");
    expect(sameDayChain(extra, extra.callById.get("2026-01-16-putin-mbz")!)?.position).toBe(3);
  });

  it("is undefined for a call alone on its day", () => {
    expect(sameDayChain(dataset, call(dataset, "A"))).toBeUndefined();
    expect(sameDayChain(dataset, call(dataset, "G"))).toBeUndefined();
  });
});

describe("counterpartHistories", () => {
  it("gives the earlier and later calls with the counterpart (any Russian official) and the nearest others", () => {
    const [history] = counterpartHistories(dataset, call(dataset, "E"), 2);
    expect(history?.person.id).toBe("pezeshkian");
    expect(history?.previous?.id).toBe("2026-01-16-putin-pezeshkian");
    expect(history?.next?.id).toBe("2026-03-10-putin-pezeshkian");
    expect(history?.otherCount).toBe(3);
    expect(ids(history?.nearest)).toEqual(["2026-01-16-putin-pezeshkian", "2026-03-10-putin-pezeshkian"]);
  });

  it("fills the limit from one side when the other runs out", () => {
    const [history] = counterpartHistories(dataset, call(dataset, "B"), 2);
    expect(history?.previous).toBeUndefined();
    expect(ids(history?.nearest)).toEqual(["2026-01-16-putin-pezeshkian", "2026-03-02-putin-pezeshkian"]);
  });

  it("has no other calls for a counterpart met once", () => {
    const [history] = counterpartHistories(dataset, call(dataset, "D"));
    expect(history).toMatchObject({ otherCount: 0, nearest: [] });
    expect(history?.previous).toBeUndefined();
  });
});

describe("firstCallSince", () => {
  it("names the previous call with the same counterpart", () => {
    const notes = firstCallSince(dataset, call(dataset, "E"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "person", person: { id: "pezeshkian" }, previous: { id: "2026-01-16-putin-pezeshkian" } });
  });

  it("adds the country's previous call when it was with someone else (a predecessor)", () => {
    const notes = firstCallSince(dataset, call(dataset, "B"));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({ kind: "person", person: { id: "pezeshkian" } });
    expect(notes[0]).not.toHaveProperty("previous");
    expect(notes[1]).toMatchObject({ kind: "country", country: { code: "IR" }, previous: { id: "2024-04-16-putin-raisi" } });
  });

  it("says a first call is a first call", () => {
    const notes = firstCallSince(dataset, call(dataset, "D"));
    expect(notes).toEqual([{ kind: "person", person: dataset.personById.get("mbz") }]);
  });
});

describe("daysBetween", () => {
  it("counts whole calendar days across months and leap years", () => {
    expect(daysBetween("2026-01-16", "2026-03-02")).toBe(45);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-03-02", "2026-03-02")).toBe(0);
  });
});
