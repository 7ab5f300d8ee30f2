import { describe, expect, it } from "vitest";
import { cachedPage, type CachedPage } from "@/lib/page-cache";

const page = (text: string, status = 200): CachedPage => ({ status, body: new TextEncoder().encode(text).buffer as ArrayBuffer, headers: [] });
const text = (p: CachedPage | undefined) => new TextDecoder().decode(p?.body);

describe("the in-process page cache", () => {
  it("renders a URL once and answers later requests from memory", async () => {
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    expect(text(await cachedPage("/calls?country=IR", render))).toBe("render 1");
    expect(text(await cachedPage("/calls?country=IR", render))).toBe("render 1");
    expect(text(await cachedPage("/calls?country=QA", render))).toBe("render 2");
  });

  it("shares one render among concurrent requests for the same URL", async () => {
    let renders = 0;
    const render = () => new Promise<CachedPage>((resolve) => setTimeout(() => resolve(page(`slow ${++renders}`)), 20));
    const answers = await Promise.all(Array.from({ length: 5 }, () => cachedPage("/calls?q=slow", render)));
    expect(renders).toBe(1);
    expect(answers.map(text)).toEqual(Array(5).fill("slow 1"));
  });

  it("does not keep failures or pages that are not 200", async () => {
    let renders = 0;
    await cachedPage("/calls?x=500", async () => page(`error ${++renders}`, 500));
    expect(text(await cachedPage("/calls?x=500", async () => page(`error ${++renders}`, 500)))).toBe("error 2");
    await expect(cachedPage("/calls?x=throw", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(text(await cachedPage("/calls?x=throw", async () => page("recovered")))).toBe("recovered");
  });
});
