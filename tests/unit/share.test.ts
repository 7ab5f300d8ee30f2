import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { describe, expect, it } from "vitest";
import { validateFiles, type Dataset } from "@/lib/data/validate";
import { callCsl, callHighwireTags, datasetCsl, formatCitation } from "@/lib/citation/citation";
import { callEmbedHtml, embedParams, oneLine, timelineEmbed, timelineEmbedHtml, EMBED_CSP, EMBED_STYLE_HASH } from "@/lib/embed/embed";
import { escapeHtml, html } from "@/lib/embed/html";
import { oembed, resolveEmbeddable } from "@/lib/embed/oembed";
import { embedHeight, embedSnippet, embedTimelinePath } from "@/lib/embed/paths";
import { describeCallQuery } from "@/lib/filter/describe";
import { parseCallQuery } from "@/lib/filter";
import { callCard, countryCard, leaderCard, overviewCard, timelineCard } from "@/lib/og/cards";
import { cardNativeName, cardText } from "@/lib/og/text";
import { SITE_URL } from "@/lib/site";
import { MBZ, TODAY, realFiles, withEdit } from "./helpers";

function datasetOf(files = realFiles()): Dataset {
  const { dataset, problems } = validateFiles(files, { today: TODAY });
  if (!dataset) throw new Error(problems.map((p) => p.message).join("\n"));
  return dataset;
}

const real = datasetOf();
const MBZ_ID = "2026-03-02-putin-mohammed-bin-zayed";
const mbz = real.callById.get(MBZ_ID)!;

// Hostile record text: markup, a BibTeX brace and backslash, and a newline that would start a new RIS tag.
const SCRIPT = "<script>alert('x')</script>";
const HOSTILE_HEADLINE = `Putin {and} \\emph{MBZ} ${SCRIPT} 50% & "more"\nUR  - https://evil.example/`;
const hostile = datasetOf(
  withEdit(MBZ, (call) => {
    call.headline = HOSTILE_HEADLINE;
    call.summary = `Summary ${SCRIPT}\r\nER  - `;
    call.readouts.kremlin.summary = `Kremlin ${SCRIPT}. Second sentence.`;
  }),
);
const hostileCall = hostile.callById.get(MBZ_ID)!;

describe("citations (citation-js)", () => {
  it("BibTeX of a call parses back with its title, date and URL", () => {
    const bib = formatCitation(callCsl(real, mbz), "bibtex");
    expect(bib).toMatch(/^@misc\{readout_2026_03_02_putin_mohammed_bin_zayed,/);
    const [item] = new Cite(bib).data as { title: string; issued: { "date-parts": number[][] }; URL: string }[];
    expect(item!.title).toBe(mbz.headline);
    expect(item!.issued["date-parts"][0]).toEqual([2026, 3, 2]);
    expect(item!.URL).toBe(`${SITE_URL}/calls/${MBZ_ID}`);
  });

  it("RIS of a call parses back, one tag a line, however long the text", () => {
    const ris = formatCitation(callCsl(real, mbz), "ris");
    expect(ris.split("\n").every((line) => line === "" || /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
    const [item] = new Cite(ris, { forceType: "@ris/file" }).data as { title: string; issued: { "date-parts": number[][] }; URL?: string; type: string }[];
    expect(item!.type).toBe("webpage");
    expect(item!.title).toBe(mbz.headline);
    expect(item!.issued["date-parts"][0]).toEqual([2026, 3, 2]);
    expect(ris).toContain(`UR  - ${SITE_URL}/calls/${MBZ_ID}\n`);
  });

  it("hostile text stays inside its field in BibTeX and RIS", () => {
    const ris = formatCitation(callCsl(hostile, hostileCall), "ris");
    // The newline in the headline became a space: no second UR or ER tag.
    expect(ris.match(/^UR {2}-/gm)).toHaveLength(1);
    expect(ris.match(/^ER {2}-/gm)).toHaveLength(1);
    const [fromRis] = new Cite(ris, { forceType: "@ris/file" }).data as { title: string }[];
    expect(fromRis!.title).toBe(HOSTILE_HEADLINE.replace(/\s+/g, " "));
    const bib = formatCitation(callCsl(hostile, hostileCall), "bibtex");
    const [fromBib] = new Cite(bib).data as { title: string; URL: string }[];
    expect(fromBib!.URL).toBe(`${SITE_URL}/calls/${MBZ_ID}`);
    expect(fromBib!.title).toContain(SCRIPT);
  });

  it("CSL-JSON is an array of one item; the dataset's carries its version", () => {
    const csl = JSON.parse(formatCitation(datasetCsl(real), "csl")) as { type: string; version: string; title: string }[];
    expect(csl).toHaveLength(1);
    expect(csl[0]!.type).toBe("dataset");
    expect(csl[0]!.version).toBe(real.version);
    const ris = formatCitation(datasetCsl(real), "ris");
    expect(ris).toMatch(/^TY {2}- DATA$/m);
    expect(ris).toContain(`ET  - ${real.version}`);
  });

  it("Highwire tags give Zotero a report with title, date and URL", () => {
    const tags = callHighwireTags(real, mbz);
    expect(tags.citation_title).toBe(mbz.headline);
    expect(tags.citation_publication_date).toBe("2026/03/02");
    expect(tags.citation_public_url).toBe(`${SITE_URL}/calls/${MBZ_ID}`);
    expect(tags.citation_technical_report_institution).toBe("Readout");
  });
});

describe("embeds", () => {
  it("the html template escapes every value that is not itself html", () => {
    expect(html`<p title="${'"x"'}">${SCRIPT}${html`<b>${"&"}</b>`}${["<i>", html`<br>`]}</p>`.value).toBe(
      `<p title="&quot;x&quot;">${escapeHtml(SCRIPT)}<b>&amp;</b>&lt;i&gt;<br></p>`,
    );
  });

  it("a call embed has the date, participants, headline, each side's account in a line, the sources and the permalink", () => {
    const doc = callEmbedHtml(real, mbz, { theme: "auto" });
    expect(doc).toMatch(/^<!doctype html><html lang="en"><head>/);
    expect(doc).toContain('datetime="2026-03-02"');
    expect(doc).toContain("Vladimir Putin");
    expect(doc).toContain("Mohammed bin Zayed Al Nahyan");
    expect(doc).toContain(escapeHtml(mbz.headline));
    expect(doc).toContain("Kremlin readout");
    expect(doc).toContain(`${mbz.sources.length} sources`);
    expect(doc).toContain(`href="${SITE_URL}/calls/${MBZ_ID}"`);
    expect(doc).not.toMatch(/<script/i);
    expect(callEmbedHtml(real, mbz, { theme: "dark" })).toContain('<html lang="en" data-theme="dark">');
  });

  it("names in their own script are marked with their language and isolated", () => {
    const pezeshkian = real.calls.find((c) => c.counterparts.some((p) => p.person === "pezeshkian"))!;
    expect(callEmbedHtml(real, pezeshkian, { theme: "auto" })).toContain('<bdi class="native" lang="fa">مسعود پزشکیان</bdi>');
  });

  it("hostile record text in an embed is text, never markup", () => {
    const doc = callEmbedHtml(hostile, hostileCall, { theme: "auto" });
    expect(doc).not.toContain(SCRIPT);
    expect(doc).toContain(escapeHtml(SCRIPT));
    expect(doc.match(/<script/gi)).toBeNull();
  });

  it("the only stylesheet is the one the policy's hash allows, and no script may run", () => {
    expect(EMBED_CSP).toContain("frame-ancestors *");
    expect(EMBED_CSP).toContain("default-src 'none'");
    expect(EMBED_CSP).not.toContain("script-src");
    expect(EMBED_CSP).toContain(EMBED_STYLE_HASH);
  });

  it("a timeline embed lists the view's newest calls and links to the full view", () => {
    const { theme, limit, rest } = embedParams(new URLSearchParams("country=AE&limit=2&theme=light&sort=oldest"));
    expect([theme, limit, rest.toString()]).toEqual(["light", 2, "country=AE&sort=oldest"]);
    const embed = timelineEmbed(real, rest, limit);
    expect(embed.calls).toHaveLength(2);
    expect(embed.calls[0]!.date >= embed.calls[1]!.date).toBe(true);
    expect(embed.title).toBe("Latest calls with United Arab Emirates");
    const doc = timelineEmbedHtml(real, embed, { theme });
    expect(doc).toContain(`href="${SITE_URL}/calls?country=AE&amp;sort=oldest"`);
    expect(doc).toContain(`2 of ${embed.total} calls`);
  });

  it("limit and theme are bounded; the snippet escapes its attributes", () => {
    expect(embedParams(new URLSearchParams("limit=999&theme=<x>"))).toMatchObject({ limit: 20, theme: "auto" });
    expect(embedParams(new URLSearchParams("limit=abc")).limit).toBe(5);
    expect(embedTimelinePath("country=IR&page=3", 3)).toBe("/embed/calls?country=IR&limit=3");
    const snippet = embedSnippet({ src: "/embed/calls/x", title: `A "quoted" <title>`, width: 560, height: 360 });
    expect(snippet).toBe(
      `<iframe src="${SITE_URL}/embed/calls/x" title="Readout: A &quot;quoted&quot; &lt;title&gt;" width="560" height="360" style="width:100%;max-width:560px;border:0" loading="lazy"></iframe>`,
    );
  });

  it("an account's one line is its first sentence, shortened", () => {
    expect(oneLine("Putin spoke. Then more.")).toBe("Putin spoke.");
    expect(oneLine("x ".repeat(200)).length).toBeLessThanOrEqual(160);
  });
});

describe("oEmbed", () => {
  const permalink = `${SITE_URL}/calls/${MBZ_ID}`;

  it("answers a permalink with a rich iframe, the required fields and the card as thumbnail", () => {
    const result = oembed(real, new URLSearchParams({ url: permalink, format: "json" }));
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Readout", title: mbz.headline, width: 560, height: embedHeight("call", 560) });
    expect(result.body.html).toContain(`src="${SITE_URL}/embed/calls/${MBZ_ID}"`);
    expect(result.body.thumbnail_url).toBe(`${permalink}/opengraph-image`);
    expect([result.body.thumbnail_width, result.body.thumbnail_height]).toEqual([1200, 630]);
  });

  it("honours maxwidth and maxheight, and leaves out a thumbnail that would not fit", () => {
    const result = oembed(real, new URLSearchParams({ url: permalink, maxwidth: "320", maxheight: "300" }));
    if (result.status !== 200) throw new Error("expected 200");
    expect(result.body.width).toBe(320);
    expect(result.body.height).toBe(300);
    expect(result.body.html).toContain('width="320" height="300"');
    expect(result.body.thumbnail_url).toBeUndefined();
  });

  it("embeds timeline views, leaders and countries; 404 for anything else; 501 for XML", () => {
    expect(resolveEmbeddable(real, `${SITE_URL}/calls?country=IR&page=2`)).toMatchObject({ kind: "timeline", src: "/embed/calls?country=IR", card: "/og/timeline?country=IR" });
    expect(resolveEmbeddable(real, `${SITE_URL}/leaders/putin`)).toMatchObject({ kind: "timeline", src: "/embed/calls?leader=putin", card: "/leaders/putin/opengraph-image" });
    expect(resolveEmbeddable(real, `${SITE_URL}/countries/QA`)).toMatchObject({ kind: "timeline", src: "/embed/calls?country=QA" });
    expect(resolveEmbeddable(real, `${SITE_URL}/embed/calls/${MBZ_ID}`)).toMatchObject({ kind: "call", id: MBZ_ID });
    for (const url of [`${SITE_URL}/calls/no-such-call`, `${SITE_URL}/about`, `https://example.com/calls/${MBZ_ID}`, "not a url", `${SITE_URL}/calls/${MBZ_ID}/record.json`]) {
      expect(oembed(real, new URLSearchParams({ url })).status, url).toBe(404);
    }
    expect(oembed(real, new URLSearchParams({ url: permalink, format: "xml" })).status).toBe(501);
    expect(oembed(real, new URLSearchParams()).status).toBe(400);
    // The origin the request came in on counts as ours too (a server reached by another name).
    expect(resolveEmbeddable(real, `http://127.0.0.1:9999/calls/${MBZ_ID}`, ["http://127.0.0.1:9999"])).toMatchObject({ kind: "call" });
  });
});

describe("social cards", () => {
  it("a call's card: date, both sides with countries and own-script names, headline, sourcing line", () => {
    const card = callCard(real, mbz);
    expect(card.kicker).toBe("Phone call · 2 March 2026");
    expect(card.sides!.russians[0]).toEqual({ name: "Vladimir Putin", nativeName: "Владимир Путин", detail: "Russia" });
    expect(card.sides!.counterparts[0]!.detail).toBe("United Arab Emirates");
    expect(card.title).toBe(mbz.headline);
    expect(card.footer).toMatch(/accounts? .*· /);
    expect(card.alt).toContain(mbz.headline);
  });

  it("leader, country, overview and timeline cards say what the page holds", () => {
    expect(leaderCard(real, real.personById.get("putin")!).title).toBe("Vladimir Putin");
    expect(countryCard(real, "QA")!.title).toBe("Russia’s calls with Qatar");
    expect(countryCard(real, "ZZ")).toBeUndefined();
    expect(overviewCard(real).lines[0]).toMatch(/^\d+ reported calls · \d+ countries · /);
    const { query } = parseCallQuery(new URLSearchParams("country=QA&topic=mediation&from=2026-03-01"), real);
    expect(timelineCard(real, query).title).toBe("Calls with Qatar, on mediation, from 1 Mar 2026");
    expect(describeCallQuery(real, query)).toBe("calls with Qatar, on Mediation, from 2026-03-01");
    expect(timelineCard(real, parseCallQuery({}, real).query).title).toBe("Every reported call");
  });

  it("right-to-left names are shaped and put in visual order; scripts without a bundled font are left off", () => {
    // "مسعود" shaped into presentation forms and reversed: drawn left to right it reads right to left.
    const shaped = cardNativeName("مسعود")!;
    expect([...shaped].every((c) => c.codePointAt(0)! >= 0xfb50)).toBe(true);
    expect(shaped.codePointAt(0)).toBe(0xfea9); // dal (alone: waw before it does not join on), the last letter, drawn leftmost
    expect(shaped.codePointAt(shaped.length - 1)).toBe(0xfee3); // initial meem, the first letter, drawn rightmost
    expect(cardNativeName("בנימין")).toBe("ןימינב");
    expect(cardNativeName("Владимир Путин")).toBe("Владимир Путин");
    expect(cardNativeName("习近平")).toBeUndefined();
    expect(cardText("Talks 🤝 on Iran")).toBe("Talks on Iran");
  });
});
