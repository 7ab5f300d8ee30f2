import { describe, expect, it } from "vitest";
import { validateFiles, type DataFile } from "@/lib/data/validate";
import { generateSynthetic } from "../../scripts/synth/generate";

function asFiles(count: number): DataFile[] {
  const data = generateSynthetic(count);
  const files: DataFile[] = [
    ["countries.json", data.countries],
    ["people.json", data.people],
    ["sources.json", data.sources],
    ["topics.json", data.topics],
    ["events.json", data.events],
  ].map(([name, value]) => ({ name: name as string, displayPath: name as string, text: JSON.stringify(value) }));
  for (const call of data.calls) files.push({ name: `calls/${call.id}.json`, displayPath: call.id, text: JSON.stringify(call) });
  return files;
}

describe("synthetic data", () => {
  it("is a valid data directory", () => {
    const { dataset, problems } = validateFiles(asFiles(400), { today: "2026-11-22" });
    expect(problems).toEqual([]);
    expect(dataset?.calls).toHaveLength(400);
  });

  it("is deterministic for a given count and differs between counts", () => {
    expect(JSON.stringify(generateSynthetic(150))).toBe(JSON.stringify(generateSynthetic(150)));
    expect(JSON.stringify(generateSynthetic(150))).not.toBe(JSON.stringify(generateSynthetic(151)));
  });

  it("says it is synthetic in every call's text", () => {
    for (const call of generateSynthetic(100).calls) {
      expect(call.headline.startsWith("[Synthetic]")).toBe(true);
      expect(call.summary.startsWith("Synthetic record")).toBe(true);
    }
  });

  it("has heavy counterparts, several years and names in several scripts", () => {
    const data = generateSynthetic(2000);
    const perCounterpart = new Map<string, number>();
    for (const call of data.calls) for (const p of call.counterparts) perCounterpart.set(p.person, (perCounterpart.get(p.person) ?? 0) + 1);
    const counts = [...perCounterpart.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(10 * counts.at(-1)!);
    const years = new Set(data.calls.map((c) => c.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(6);
    expect(data.people.some((p) => /[\u0600-\u06ff]/.test(p.nativeName ?? ""))).toBe(true);
    expect(data.people.some((p) => /[\u0590-\u05ff]/.test(p.nativeName ?? ""))).toBe(true);
    expect(data.people.some((p) => /[çğşéüễ]/i.test(p.name))).toBe(true);
  });
});
