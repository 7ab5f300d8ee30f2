import { describe, expect, it } from "vitest";
import { callCitation, callDescription, callJsonLd, callParticipantsText, callRecordJson, truncate } from "@/lib/call-meta";
import { serializeJsonLd } from "@/lib/json-ld";
import { callJsonPath, claimPath, countryPath, timelineHref, timelineMonthHref } from "@/lib/paths";
import { citedSources, urlHost } from "@/lib/sources";
import { absoluteUrl } from "@/lib/site";
import { call, fixtureDataset } from "./pages-fixture";

const dataset = fixtureDataset();

describe("truncate", () => {
  it("leaves short text alone and cuts long text at a word, with an ellipsis", () => {
    expect(truncate("Short.", 20)).toBe("Short.");
    expect(truncate("Putin and Raisi discussed the escalation at length", 30)).toBe("Putin and Raisi discussed the…");
    expect(truncate("Putin and Raisi discussed the escalation", 30).length).toBeLessThanOrEqual(30);
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of by text in the data", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script> & \u2028" });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script> & \u2028" });
  });
});

describe("call descriptions", () => {
  it("says who spoke with whom, from where", () => {
    expect(callParticipantsText(dataset, call(dataset, "A"))).toBe("Vladimir Putin with Ebrahim Raisi (Iran)");
  });

  it("describes the call by date, mode and people, then the summary", () => {
    expect(callDescription(dataset, call(dataset, "A"))).toBe(
      "16 April 2024, phone call: Vladimir Putin with Ebrahim Raisi (Iran). Summary of 2024-04-16-putin-raisi.",
    );
  });

  it("cites the call with its permalink and the access date", () => {
    expect(callCitation(dataset, call(dataset, "D"), "1 April 2026")).toBe(
      `Readout, “Headline of 2026-03-02-putin-mbz”, phone call of 2 March 2026, Vladimir Putin with Mohammed bin Zayed (United Arab Emirates). ${absoluteUrl("/calls/2026-03-02-putin-mbz")} (accessed 1 April 2026).`,
    );
  });
});

describe("callJsonLd", () => {
  it("describes the call as an Event with its attendees, date and permalink", () => {
    const ld = callJsonLd(dataset, call(dataset, "A"));
    expect(ld["@type"]).toBe("Event");
    expect(ld.startDate).toBe("2024-04-16");
    expect(ld.url).toBe(absoluteUrl("/calls/2024-04-16-putin-raisi"));
    expect(ld.attendee.map((a) => [a.name, a.jobTitle, a.nationality.name])).toEqual([
      ["Vladimir Putin", "President of Russia", "Russia"],
      ["Ebrahim Raisi", "President of Iran", "Iran"],
    ]);
    expect(ld.subjectOf[0]).toMatchObject({ "@type": "NewsArticle", url: "https://example.com/s-a" });
  });
});

describe("callRecordJson", () => {
  it("carries the record unchanged with the registry entries it refers to", () => {
    const a = call(dataset, "A");
    const json = callRecordJson(dataset, a);
    expect(json.record).toBe(a);
    expect(json.json).toBe(absoluteUrl(callJsonPath(a.id)));
    expect(json.people.map((p) => p.id)).toEqual(["putin", "raisi"]);
    expect(json.countries.map((c) => c.code)).toEqual(["RU", "IR"]);
    expect(json.sources.map((s) => s.id)).toEqual(["s-a"]);
    expect(json.topics.map((t) => t.id)).toEqual(["ceasefire"]);
  });
});

describe("paths", () => {
  it("builds the timeline's filter URLs with its parameter names", () => {
    expect(timelineHref({ country: ["IR"] })).toBe("/calls?country=IR");
    expect(timelineHref({ leader: ["putin"], topic: ["mediation", "ceasefire"] })).toBe("/calls?leader=putin&topic=mediation&topic=ceasefire");
    expect(timelineHref({})).toBe("/calls");
    expect(timelineMonthHref("2024-02-10")).toBe("/calls?from=2024-02-01&to=2024-02-29");
    expect(timelineMonthHref("2026-03-31")).toBe("/calls?from=2026-03-01&to=2026-03-31");
  });

  it("anchors a claim on its permalink and escapes path segments", () => {
    expect(claimPath("2026-03-02-putin-mbz", "conduit")).toBe("/calls/2026-03-02-putin-mbz#claim-conduit");
    expect(countryPath("a/b")).toBe("/countries/a%2Fb");
  });
});

describe("citedSources", () => {
  it("numbers the call's sources and tells apart two from one publisher", () => {
    const sources = citedSources(dataset, call(dataset, "A"));
    expect(sources).toEqual([{ number: 1, source: dataset.sourceById.get("s-a"), label: "Publisher s-a" }]);
    expect(urlHost("https://www.trtworld.com/x")).toBe("trtworld.com");
  });
});
