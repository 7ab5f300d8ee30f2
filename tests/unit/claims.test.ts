import { describe, expect, it } from "vitest";
import {
  NO_CLAIM_FILTERS,
  claimFacetCounts,
  claimFilterOptions,
  claimLedger,
  filterClaims,
  paginate,
  type ClaimFilters,
} from "@/lib/claims";
import { callAccounts, callDisagreements, claimReporter, disputedClaims } from "@/lib/readouts";
import { call, fixtureDataset } from "./pages-fixture";

const dataset = fixtureDataset();
const filters = (partial: Partial<ClaimFilters>): ClaimFilters => ({ ...NO_CLAIM_FILTERS, ...partial });
const claimIds = (entries: readonly { claim: { id: string } }[]) => entries.map((e) => e.claim.id);

describe("callAccounts", () => {
  it("sets the Kremlin readout beside the counterpart's, labelled with the country's adjective", () => {
    const slots = callAccounts(dataset, call(dataset, "A"));
    expect(slots.map((s) => [s.status, s.side, s.label])).toEqual([
      ["reported", "kremlin", "Kremlin readout"],
      ["reported", "counterpart", "Iranian account"],
    ]);
  });

  it("tells apart two accounts from the same side by who issued them", () => {
    const dataset2 = fixtureDataset([
      {
        id: "2026-03-12-putin-pezeshkian",
        russian: ["putin", "president"],
        counterpart: ["pezeshkian", "president"],
        others: [
          { id: "presidency", side: "counterpart", by: "Iranian presidency, via IRNA" },
          { id: "irna", side: "counterpart", by: "IRNA (state news agency)" },
          { id: "envoy", side: "third-party", by: "Steve Witkoff" },
        ],
        claims: [{ id: "x", speakers: ["putin"], kind: "position", reportedIn: "irna" }],
      },
    ]);
    const twice = dataset2.callById.get("2026-03-12-putin-pezeshkian")!;
    expect(callAccounts(dataset2, twice).map((s) => s.label)).toEqual([
      "Kremlin readout",
      "Iranian account: Iranian presidency",
      "Iranian account: IRNA",
      "Third-party account",
    ]);
    expect(claimReporter(dataset2, twice, twice.claims[0]!).label).toBe("Iranian account: IRNA");
  });

  it("says which side published nothing: no Emirati readout", () => {
    const slots = callAccounts(dataset, call(dataset, "D"));
    expect(slots.map((s) => [s.status, s.label])).toEqual([
      ["reported", "Kremlin readout"],
      ["none-reported", "No Emirati readout reported"],
    ]);
  });

  it("says when the Kremlin published nothing, with the record's note", () => {
    const [kremlin, other] = callAccounts(dataset, call(dataset, "G"));
    expect(kremlin).toEqual({ status: "none-reported", side: "kremlin", label: "No Kremlin readout reported", note: "Known only from the US side." });
    expect(other).toMatchObject({ status: "reported", id: "witkoff", label: "US account", by: "Steve Witkoff" });
  });
});

describe("claim reporters and disagreements", () => {
  it("names the account that reports each claim", () => {
    const a = call(dataset, "A");
    expect(claimReporter(dataset, a, a.claims[0]!)).toEqual({ side: "kremlin", label: "Kremlin readout", by: "Kremlin press service" });
    expect(claimReporter(dataset, a, a.claims[2]!)).toEqual({ side: "counterpart", label: "Iranian account", by: "IRNA" });
  });

  it("resolves each disagreement to its claims and their accounts", () => {
    const [disagreement] = callDisagreements(dataset, call(dataset, "A"));
    expect(disagreement?.number).toBe(1);
    expect(disagreement?.note).toBe("The accounts differ.");
    expect(disagreement?.claims.map((c) => [c.claim.id, c.reporter.label])).toEqual([
      ["restraint", "Kremlin readout"],
      ["response", "Iranian account"],
    ]);
    expect([...disputedClaims(call(dataset, "A"))]).toEqual([
      ["restraint", [1]],
      ["response", [1]],
    ]);
    expect(callDisagreements(dataset, call(dataset, "D"))).toEqual([]);
  });
});

describe("claimLedger", () => {
  const ledger = claimLedger(dataset);

  it("lists every claim, newest call first, in record order within a call", () => {
    expect(claimIds(ledger.entries)).toEqual(["no-intelligence", "conduit", "thanks", "restraint", "joint", "response"]);
  });

  it("indexes claims by each of their speakers (joint claims under both)", () => {
    expect(claimIds(ledger.bySpeaker.get("putin")!)).toEqual(["conduit", "restraint", "joint"]);
    expect(claimIds(ledger.bySpeaker.get("raisi")!)).toEqual(["joint", "response"]);
    expect(ledger.bySpeaker.get("mbz")).toBeUndefined();
  });

  it("is built once per dataset", () => {
    expect(claimLedger(dataset)).toBe(ledger);
  });
});

describe("filterClaims", () => {
  const { entries } = claimLedger(dataset);

  it("ORs the values of one filter and ANDs the filters", () => {
    expect(claimIds(filterClaims(entries, filters({ kind: ["warning", "denial"] })))).toEqual(["no-intelligence", "restraint", "response"]);
    expect(claimIds(filterClaims(entries, filters({ kind: ["warning"], speaker: ["raisi"] })))).toEqual(["response"]);
  });

  it("filters by the reporting account's side, the call's country and the call's topics", () => {
    expect(claimIds(filterClaims(entries, filters({ reportedBy: ["counterpart"] })))).toEqual(["no-intelligence", "response"]);
    expect(claimIds(filterClaims(entries, filters({ country: ["AE", "US"] })))).toEqual(["no-intelligence", "conduit"]);
    expect(claimIds(filterClaims(entries, filters({ topic: ["mediation"] })))).toEqual(["conduit", "thanks"]);
  });

  it("returns everything with no filters and nothing when filters exclude each other", () => {
    expect(filterClaims(entries, NO_CLAIM_FILTERS)).toHaveLength(6);
    expect(filterClaims(entries, filters({ speaker: ["mbz"] }))).toEqual([]);
  });
});

describe("claimFacetCounts", () => {
  const { entries } = claimLedger(dataset);

  it("counts each option with the other filters applied, not its own", () => {
    const counts = claimFacetCounts(entries, filters({ speaker: ["putin"], kind: ["warning"] }));
    // Kinds of Putin's claims, whatever the kind filter says:
    expect(Object.fromEntries(counts.kind)).toEqual({ offer: 1, warning: 1, position: 1 });
    // Speakers of warnings, whatever the speaker filter says:
    expect(Object.fromEntries(counts.speaker)).toEqual({ putin: 1, raisi: 1 });
    // Other facets: only claims matching both filters.
    expect(Object.fromEntries(counts.reportedBy)).toEqual({ kremlin: 1 });
    expect(Object.fromEntries(counts.country)).toEqual({ IR: 1 });
  });
});

describe("claimFilterOptions", () => {
  it("offers every person (Russians first), the vocabularies, the counterpart countries and the topics", () => {
    const options = claimFilterOptions(dataset);
    expect(options.speaker.map((o) => [o.value, o.group])).toEqual([
      ["lavrov", "Russian officials"],
      ["putin", "Russian officials"],
      ["raisi", "Counterparts and others"],
      ["pezeshkian", "Counterparts and others"],
      ["mbz", "Counterparts and others"],
      ["witkoff", "Counterparts and others"],
    ]);
    expect(options.reportedBy.map((o) => o.label)).toEqual(["Kremlin readout", "Counterpart's account", "Third-party account"]);
    expect(options.country.map((o) => o.value)).toEqual(["IR", "AE", "US"]);
    expect(options.topic.map((o) => o.value)).toEqual(["ceasefire", "mediation"]);
    expect(options.kind.length).toBeGreaterThan(10);
  });
});

describe("paginate", () => {
  const items = Array.from({ length: 7 }, (_, i) => i);

  it("cuts pages and counts them", () => {
    expect(paginate(items, 2, 3)).toEqual({ items: [3, 4, 5], page: 2, pageCount: 3, total: 7, start: 3 });
  });

  it("gives the last page for a page past the end and one empty page for no items", () => {
    expect(paginate(items, 9, 3)).toMatchObject({ items: [6], page: 3 });
    expect(paginate([], 4, 3)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, start: 0 });
  });
});
