import { describe, expect, it } from "vitest";
import { validateFiles } from "@/lib/data/validate";
import { TODAY, realFiles } from "./helpers";

// The curated record as a whole, beyond what each file's schema checks.
describe("the curated record", () => {
  const { dataset } = validateFiles(realFiles(), { today: TODAY });

  it("gives every call at least one source with an http(s) URL, a publisher and a date", () => {
    const without = dataset!.calls
      .filter((call) =>
        call.sources.every((id) => {
          const source = dataset!.sourceById.get(id);
          return !source?.url || !/^https?:\/\//.test(source.url) || !source.date || !source.publisher;
        }),
      )
      .map((call) => call.id);
    expect(without).toEqual([]);
  });

  it("cites every source from a call, an event, an office or a lead (the validator rejects orphans)", () => {
    const cited = new Set<string>();
    for (const call of dataset!.calls) for (const id of call.sources) cited.add(id);
    for (const event of dataset!.events) for (const id of event.sources) cited.add(id);
    for (const person of dataset!.people) for (const office of person.offices) for (const id of office.sources ?? []) cited.add(id);
    for (const lead of dataset!.leads) for (const id of lead.sources) cited.add(id);
    expect(dataset!.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("rests no call on low-reliability pages alone, and keeps every quote within its account's sources", () => {
    for (const call of dataset!.calls) {
      expect(call.sources.some((id) => !dataset!.sourceById.get(id)?.lowReliability), call.id).toBe(true);
      const kremlin = call.readouts.kremlin;
      const accounts = [...(kremlin.status === "reported" ? [kremlin] : []), ...call.readouts.others];
      for (const account of accounts) for (const q of account.quotes) expect(account.sources, call.id).toContain(q.source);
    }
  });

  it("marks every inferred date with its reasoning", () => {
    expect(dataset!.calls.filter((c) => c.dateCertainty === "inferred" && !c.dateNote?.trim()).map((c) => c.id)).toEqual([]);
  });

  it("covers the crisis from April 2024, with every seed call present", () => {
    expect(dataset!.calls[0]!.date <= "2024-04-16").toBe(true);
    for (const id of [
      "2024-04-16-putin-raisi",
      "2026-01-16-putin-netanyahu",
      "2026-01-16-putin-pezeshkian",
      "2026-03-02-putin-mohammed-bin-zayed",
      "2026-03-02-putin-tamim-bin-hamad",
      "2026-03-02-putin-hamad-bin-isa",
      "2026-03-02-putin-mohammed-bin-salman",
      "2026-03-02-lavrov-faisal-bin-farhan",
      "2026-03-06-putin-pezeshkian",
      "2026-03-09-putin-trump",
      "2026-03-09-ushakov-witkoff-kushner",
      "2026-03-10-putin-pezeshkian",
    ]) {
      expect(dataset!.callById.has(id), id).toBe(true);
    }
  });
});
