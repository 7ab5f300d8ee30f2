import { describe, expect, it } from "vitest";
import { NO_CLAIM_FILTERS } from "@/lib/claims";
import { claimsHref, hasFilters, parseClaimsQuery, withoutValue, type ClaimsQueryAllowed } from "@/lib/claims-query";

const allowed: ClaimsQueryAllowed = {
  speakers: new Set(["putin", "raisi"]),
  countries: new Set(["IR", "AE"]),
  topics: new Set(["ceasefire"]),
};

describe("parseClaimsQuery", () => {
  it("reads every filter, repeated values included, with no notices", () => {
    const query = parseClaimsQuery(
      { speaker: ["putin", "raisi"], kind: "denial", "reported-by": "counterpart", country: "IR", topic: "ceasefire", page: "2" },
      allowed,
    );
    expect(query).toEqual({
      filters: { speaker: ["putin", "raisi"], kind: ["denial"], reportedBy: ["counterpart"], country: ["IR"], topic: ["ceasefire"] },
      page: 2,
      notices: [],
    });
  });

  it("gives no filters, page 1 and no notices for an empty query", () => {
    expect(parseClaimsQuery({}, allowed)).toEqual({ filters: NO_CLAIM_FILTERS, page: 1, notices: [] });
  });

  it("normalises case and whitespace, drops duplicates and empty values silently", () => {
    const query = parseClaimsQuery({ speaker: [" Putin ", "putin", ""], country: "ir", kind: "DENIAL", topic: "" }, allowed);
    expect(query.filters).toEqual({ ...NO_CLAIM_FILTERS, speaker: ["putin"], country: ["IR"], kind: ["denial"] });
    expect(query.notices).toEqual([]);
  });

  it("ignores unknown values and parameters, keeping the rest, and says what it ignored", () => {
    const query = parseClaimsQuery({ speaker: ["putin", "mbz"], kind: "gossip", "reported-by": "tass", utm_source: "x" }, allowed);
    expect(query.filters).toEqual({ ...NO_CLAIM_FILTERS, speaker: ["putin"] });
    expect(query.notices).toEqual([
      'Unknown speaker "mbz" ignored.',
      'Unknown kind of claim "gossip" ignored.',
      'Unknown reporter "tass" ignored.',
      'Unknown parameter "utm_source" ignored.',
    ]);
  });

  it("rejects a page that is not a positive whole number", () => {
    for (const page of ["0", "-1", "2.5", "1e3", "abc", "99999999"]) {
      const query = parseClaimsQuery({ page }, allowed);
      expect(query.page, page).toBe(1);
      expect(query.notices, page).toEqual([`Page "${page}" is not a page number; showing the first page.`]);
    }
  });

  it("keeps hostile input as inert, shortened text", () => {
    const script = "<script>alert(1)</script>";
    const long = "x".repeat(500);
    const query = parseClaimsQuery({ topic: script, [long]: "1" }, allowed);
    expect(query.notices[0]).toBe(`Unknown topic "${script}" ignored.`);
    expect(query.notices[1]).toBe(`Unknown parameter "${"x".repeat(60)}…" ignored.`);
  });

  it("caps the number of notices", () => {
    const query = parseClaimsQuery({ speaker: Array.from({ length: 25 }, (_, i) => `nobody-${i}`) }, allowed);
    expect(query.notices).toHaveLength(11);
    expect(query.notices.at(-1)).toBe("…and 15 more ignored.");
  });

  it("ignores values of the wrong shape without throwing", () => {
    const odd = { speaker: [undefined, 3] } as unknown as Record<string, string>;
    expect(parseClaimsQuery(odd, allowed).filters).toEqual(NO_CLAIM_FILTERS);
  });
});

describe("claimsHref", () => {
  it("writes the filters in a fixed order, repeats multiple values and omits page 1", () => {
    const filters = { ...NO_CLAIM_FILTERS, topic: ["ceasefire"], speaker: ["putin", "raisi"], reportedBy: ["kremlin" as const] };
    expect(claimsHref(filters)).toBe("/claims?speaker=putin&speaker=raisi&reported-by=kremlin&topic=ceasefire");
    expect(claimsHref(filters, 3)).toBe("/claims?speaker=putin&speaker=raisi&reported-by=kremlin&topic=ceasefire&page=3");
    expect(claimsHref(NO_CLAIM_FILTERS)).toBe("/claims");
  });

  it("round-trips through the parser", () => {
    const filters = { ...NO_CLAIM_FILTERS, speaker: ["raisi"], country: ["AE"], kind: ["offer" as const] };
    const url = new URL(claimsHref(filters, 2), "http://x");
    const params: Record<string, string[]> = {};
    url.searchParams.forEach((value, key) => (params[key] = [...(params[key] ?? []), value]));
    expect(parseClaimsQuery(params, allowed)).toEqual({ filters, page: 2, notices: [] });
  });

  it("removes one value for the chip's × link", () => {
    const filters = { ...NO_CLAIM_FILTERS, speaker: ["putin", "raisi"] };
    expect(withoutValue(filters, "speaker", "putin").speaker).toEqual(["raisi"]);
    expect(hasFilters(withoutValue(withoutValue(filters, "speaker", "putin"), "speaker", "raisi"))).toBe(false);
  });
});
