import { describe, expect, it } from "vitest";
import { formatDate, formatDateShort, languageName } from "@/lib/format";

describe("formatting for people", () => {
  it("writes dates in the house style", () => {
    expect(formatDate("2024-04-16")).toBe("16 April 2024");
    expect(formatDateShort("2026-03-02")).toBe("2 Mar 2026");
  });

  it("names the languages of the sources, and keeps a code it cannot name", () => {
    expect(languageName("ru")).toBe("Russian");
    expect(languageName("fa")).toBe("Persian");
    expect(languageName("ar")).toBe("Arabic");
    expect(languageName("not a language")).toBe("not a language");
  });
});
