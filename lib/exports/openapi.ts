/**
 * /data/openapi.json: an OpenAPI 3.1 description of every read-only endpoint: the downloads and
 * the feed (with the timeline's filter parameters), a call's record and citations, the dataset's
 * citation, the JSON Schema, the embeds, oEmbed and the social cards. Built from the same tables
 * the routes read (EXPORTS, FILTER_PARAMS' values, SOURCING_FILTERS, CITATION_FORMATS), so a new
 * download appears here or fails the unit test that checks every route is described.
 */
import { CITATION_FORMATS, type CitationFormat } from "../citation/citation";
import { EMBED_LIMIT, EMBED_THEMES, EMBED_WIDTH } from "../embed/paths";
import { MAX_Q_LENGTH, SORT_ORDERS } from "../filter/params";
import { SOURCING_FILTERS } from "../sourcing";
import { LEVEL_LABELS, LEVELS } from "../constants";
import { SITE_NAME, SITE_URL } from "../site";
import { EXPORT_ORDER, EXPORTS, SCHEMA_EXPORT, type ExportId } from "./catalog";
import { buildJsonSchema } from "./json-schema";
import { DATA_LICENSE, DATASET_DESCRIPTION, DATASET_TITLE } from "./meta";

export const OPENAPI_PATH = "/data/openapi.json";

const EXAMPLE_CALL = "2026-03-02-putin-mohammed-bin-zayed";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });

/** The timeline's filters, as the downloads, the feed, the timeline embed and the timeline card take them. */
const FILTER_PARAMETERS: Record<string, Json> = {
  country: {
    name: "country",
    in: "query",
    description: "ISO 3166-1 alpha-2 code of a counterpart's country (any case). Repeatable: calls with any of them.",
    schema: { type: "array", items: { type: "string", pattern: "^[A-Za-z]{2}$" } },
    style: "form",
    explode: true,
    example: ["QA", "BH"],
  },
  leader: {
    name: "leader",
    in: "query",
    description: "A person id from the people registry (Russian or counterpart). Repeatable: calls involving any of them.",
    schema: { type: "array", items: { type: "string" } },
    style: "form",
    explode: true,
    example: ["putin"],
  },
  topic: {
    name: "topic",
    in: "query",
    description: "A topic id from the topics registry. Repeatable: calls on any of them.",
    schema: { type: "array", items: { type: "string" } },
    style: "form",
    explode: true,
    example: ["ceasefire"],
  },
  level: {
    name: "level",
    in: "query",
    description: `Seniority of the participants: a call matches when someone on either side held an office of this level that day. Repeatable. ${LEVELS.map((l) => `\`${l}\`: ${LEVEL_LABELS[l].toLowerCase()}`).join("; ")}.`,
    schema: { type: "array", items: { type: "string", enum: [...LEVELS] } },
    style: "form",
    explode: true,
    example: ["head"],
  },
  sourcing: {
    name: "sourcing",
    in: "query",
    description: `How the call is sourced. Repeatable. ${SOURCING_FILTERS.map((f) => `\`${f.value}\`: ${f.label.toLowerCase()}`).join("; ")}.`,
    schema: { type: "array", items: { type: "string", enum: SOURCING_FILTERS.map((f) => f.value) } },
    style: "form",
    explode: true,
    example: ["both-sides"],
  },
  from: { name: "from", in: "query", description: "First date, inclusive (YYYY-MM-DD).", schema: { type: "string", format: "date" }, example: "2026-03-01" },
  to: { name: "to", in: "query", description: "Last date, inclusive (YYYY-MM-DD).", schema: { type: "string", format: "date" }, example: "2026-03-31" },
  "added-since": {
    name: "added-since",
    in: "query",
    description: "Only the calls first published in the record on or after this day (YYYY-MM-DD): what is new since a reader's last visit.",
    schema: { type: "string", format: "date" },
    example: "2026-11-29",
  },
  q: {
    name: "q",
    in: "query",
    description: "Words, each of which must begin a word of the record (headline, summary, accounts, quotes, claims, names, offices, countries, topics). Case and accents do not matter.",
    schema: { type: "string", maxLength: MAX_Q_LENGTH },
    example: "ceasefire",
  },
  sort: {
    name: "sort",
    in: "query",
    description: "Order of the calls.",
    schema: { type: "string", enum: SORT_ORDERS.map((o) => o.value), default: SORT_ORDERS[0].value },
    example: "oldest",
  },
};

const FILTER_REFS = Object.keys(FILTER_PARAMETERS).map(ref);

const OTHER_PARAMETERS: Record<string, Json> = {
  callId: { name: "id", in: "path", required: true, description: "A call's id (its permalink).", schema: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+$" }, example: EXAMPLE_CALL },
  personId: { name: "id", in: "path", required: true, description: "A person's id.", schema: { type: "string" }, example: "putin" },
  countryCode: { name: "code", in: "path", required: true, description: "A counterpart country's ISO alpha-2 code.", schema: { type: "string", pattern: "^[A-Z]{2}$" }, example: "QA" },
  theme: {
    name: "theme",
    in: "query",
    description: "Colour scheme: `auto` follows the reader's `prefers-color-scheme`.",
    schema: { type: "string", enum: [...EMBED_THEMES], default: "auto" },
    example: "dark",
  },
  limit: {
    name: "limit",
    in: "query",
    description: "How many of the view's newest calls the embed lists.",
    schema: { type: "integer", minimum: 1, maximum: EMBED_LIMIT.max, default: EMBED_LIMIT.default },
    example: 5,
  },
};

const CORS_HEADER = {
  "Access-Control-Allow-Origin": { description: "Always `*`: any site may fetch the data.", schema: { type: "string", const: "*" } },
};

const DOWNLOAD_HEADERS = {
  ...CORS_HEADER,
  "X-Readout-Count": { description: "How many calls the download holds.", schema: { type: "integer" }, example: 12 },
  "X-Readout-Notice": {
    description: "Parameters that were ignored and why (unknown values, malformed dates), separated by `; `. Bad parameters never cause an error.",
    schema: { type: "string" },
    example: "Ignored unknown country 'ZZ'",
  },
};

const EXPORT_EXAMPLES: Record<Exclude<ExportId, "callsJson">, string> = {
  callsCsv: `id,date,date_certainty,mode,headline,...\r\n${EXAMPLE_CALL},2026-03-02,exact,phone,"Putin and the UAE president discuss the strikes on Iran",...\r\n`,
  claimsCsv: `call_id,claim_id,statement,kind,...\r\n${EXAMPLE_CALL},a,"...",position,...\r\n`,
  plover: `{"id":"readout-${EXAMPLE_CALL}","event_type":"CONSULT","mode":"phone",...}\n`,
  feed: `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">...</feed>\n`,
};

function mediaType(contentType: string): string {
  return contentType.split(";")[0]!.trim();
}

function exportOperation(id: ExportId): Json {
  const format = EXPORTS[id];
  const content =
    id === "callsJson"
      ? { [mediaType(format.contentType)]: { schema: { $ref: "#/components/schemas/callsExport" } } }
      : { [mediaType(format.contentType)]: { schema: { type: "string" }, example: EXPORT_EXAMPLES[id as Exclude<ExportId, "callsJson">] } };
  return {
    get: {
      operationId: id,
      summary: format.title,
      description: `${format.description} Filtered by the timeline's parameters: every matching call (not one page)${id === "feed" ? ", always newest first (the newest 100)" : ", newest first unless `sort=oldest`"}.`,
      tags: ["downloads"],
      parameters: id === "feed" ? FILTER_REFS.filter((p) => p.$ref !== "#/components/parameters/sort") : FILTER_REFS,
      responses: { "200": { description: format.title, headers: DOWNLOAD_HEADERS, content } },
    },
  };
}

function citationContent(format: CitationFormat, example: string): Json {
  return {
    [mediaType(CITATION_FORMATS[format].contentType)]:
      format === "csl" ? { schema: { type: "array", items: { type: "object" } }, example: JSON.parse(example) } : { schema: { type: "string" }, example },
  };
}

const CITATION_EXAMPLES: Record<CitationFormat, string> = {
  bibtex: `@misc{readout_${EXAMPLE_CALL.replaceAll("-", "_")},\n\tauthor = {{Readout}},\n\tyear = {2026},\n\tmonth = {mar 2},\n\ttitle = {...},\n\turl = {${SITE_URL}/calls/${EXAMPLE_CALL}},\n}\n`,
  ris: `TY  - ELEC\nAU  - Readout\nDA  - 2026/3/2/\nPY  - 2026\nTI  - ...\nUR  - ${SITE_URL}/calls/${EXAMPLE_CALL}\nER  - \n`,
  csl: JSON.stringify([{ id: `readout-${EXAMPLE_CALL}`, type: "webpage", title: "...", issued: { "date-parts": [[2026, 3, 2]] }, URL: `${SITE_URL}/calls/${EXAMPLE_CALL}` }]),
};

const PNG = { "image/png": { schema: { type: "string", contentMediaType: "image/png" } } };
const HTML = { "text/html": { schema: { type: "string" }, example: "<!doctype html><html lang=\"en\">…</html>" } };
const NOT_FOUND = { description: "No such call, person or country." };

function cardOperation(operationId: string, summary: string, parameters: Json[] = [], notFound = false): Json {
  return {
    get: {
      operationId,
      summary,
      description: "A 1200×630 PNG social card (Open Graph and Twitter), drawn on the server with fonts from npm packages.",
      tags: ["cards"],
      parameters,
      responses: { "200": { description: "The card.", content: PNG }, ...(notFound ? { "404": NOT_FOUND } : {}) },
    },
  };
}

export function buildOpenApi(version: string = process.env.READOUT_VERSION ?? "dev"): Json {
  const schemas = buildJsonSchema().$defs;
  const paths: Record<string, Json> = {};
  for (const id of EXPORT_ORDER) paths[EXPORTS[id].path] = exportOperation(id);

  paths[SCHEMA_EXPORT.path] = {
    get: {
      operationId: "schema",
      summary: SCHEMA_EXPORT.title,
      description: SCHEMA_EXPORT.description,
      tags: ["downloads"],
      responses: { "200": { description: "JSON Schema (draft 2020-12).", headers: CORS_HEADER, content: { [mediaType(SCHEMA_EXPORT.contentType)]: { schema: { type: "object" } } } } },
    },
  };
  paths[OPENAPI_PATH] = {
    get: {
      operationId: "openapi",
      summary: "This API description",
      tags: ["downloads"],
      responses: { "200": { description: "OpenAPI 3.1.", headers: CORS_HEADER, content: { "application/json": { schema: { type: "object" } } } } },
    },
  };
  paths["/calls/{id}/record.json"] = {
    get: {
      operationId: "callRecord",
      summary: "One call record",
      description: "The record as curated, with the people, countries, sources, topics and events it refers to. `/calls/{id}.json` redirects here.",
      tags: ["calls"],
      parameters: [ref("callId")],
      responses: {
        "200": {
          description: "The record.",
          headers: CORS_HEADER,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["id", "url", "json", "record", "people", "countries", "sources", "topics", "events", "datasetVersion"],
                properties: {
                  id: { type: "string" },
                  url: { type: "string", format: "uri" },
                  json: { type: "string", format: "uri" },
                  record: { $ref: "#/components/schemas/call" },
                  people: { type: "array", items: { $ref: "#/components/schemas/person" } },
                  countries: { type: "array", items: { $ref: "#/components/schemas/country" } },
                  sources: { type: "array", items: { $ref: "#/components/schemas/source" } },
                  topics: { type: "array", items: { $ref: "#/components/schemas/topic" } },
                  events: { type: "array", items: { $ref: "#/components/schemas/event" } },
                  datasetVersion: { type: "string" },
                },
              },
            },
          },
        },
        "404": NOT_FOUND,
      },
    },
  };
  for (const format of Object.keys(CITATION_FORMATS) as CitationFormat[]) {
    const { extension, label } = CITATION_FORMATS[format];
    paths[`/calls/{id}/citation.${extension}`] = {
      get: {
        operationId: `callCitation${label.replace(/\W/g, "")}`,
        summary: `A call's citation (${label})`,
        description: `The call as an item for reference managers (${label}), made with citation-js: title, date of the call, URL, abstract, data version.`,
        tags: ["citations"],
        parameters: [ref("callId")],
        responses: { "200": { description: `${label} of one item.`, headers: CORS_HEADER, content: citationContent(format, CITATION_EXAMPLES[format]) }, "404": NOT_FOUND },
      },
    };
    paths[`/data/citation.${extension}`] = {
      get: {
        operationId: `datasetCitation${label.replace(/\W/g, "")}`,
        summary: `The dataset's citation (${label})`,
        description: `The dataset as an item for reference managers (${label}), with its version.`,
        tags: ["citations"],
        responses: { "200": { description: `${label} of one item.`, headers: CORS_HEADER, content: citationContent(format, CITATION_EXAMPLES[format]) } },
      },
    };
  }
  paths["/changes.xml"] = {
    get: {
      operationId: "changesFeed",
      summary: "Atom feed of changes",
      description: "The newest 100 changes to the record, additions and corrections, newest first; each entry links to its record.",
      tags: ["downloads"],
      responses: { "200": { description: "Atom 1.0.", content: { "application/atom+xml": { schema: { type: "string" }, example: EXPORT_EXAMPLES.feed } } } },
    },
  };
  for (const [extension, mediaTypeName] of [["svg", "image/svg+xml"], ["png", "image/png"]] as const) {
    paths[`/charts/pattern.${extension}`] = {
      get: {
        operationId: `patternChart${extension.toUpperCase()}`,
        summary: `The pattern chart of a view, as ${extension.toUpperCase()}`,
        description:
          "Who Moscow called and when: a row per counterpart country, a mark per call, the crisis events; with a title, the filter in words, the credit line and the licence. Filtered by the timeline's parameters; `rows` orders the rows (`calls`, the default, or `first`).",
        tags: ["charts"],
        parameters: [
          ...FILTER_REFS.filter((p) => p.$ref !== "#/components/parameters/sort"),
          { name: "rows", in: "query", description: "Row order: most calls first, or by first call.", schema: { type: "string", enum: ["calls", "first"], default: "calls" }, example: "first" },
        ],
        responses: { "200": { description: "The chart.", content: { [mediaTypeName]: { schema: { type: "string", contentMediaType: mediaTypeName } } } } },
      },
    };
  }
  paths["/oembed"] = {
    get: {
      operationId: "oembed",
      summary: "oEmbed 1.0",
      description:
        "A `rich` oEmbed for a page of this site: a call's permalink, the timeline (any view), a leader's or a country's page. `html` is an <iframe> of the embed; `thumbnail_url` is the page's social card, given when it fits maxwidth/maxheight.",
      tags: ["embeds"],
      parameters: [
        { name: "url", in: "query", required: true, description: "The page to embed.", schema: { type: "string", format: "uri" }, example: `${SITE_URL}/calls/${EXAMPLE_CALL}` },
        { name: "format", in: "query", description: "Only `json` is served; `xml` answers 501.", schema: { type: "string", enum: ["json", "xml"], default: "json" }, example: "json" },
        { name: "maxwidth", in: "query", description: "Largest width the consumer can show, in pixels.", schema: { type: "integer", minimum: 1 }, example: 400 },
        { name: "maxheight", in: "query", description: "Largest height the consumer can show, in pixels.", schema: { type: "integer", minimum: 1 }, example: 600 },
      ],
      responses: {
        "200": {
          description: "The oEmbed response.",
          headers: CORS_HEADER,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["version", "type", "html", "width", "height", "provider_name", "title"],
                properties: {
                  version: { const: "1.0" },
                  type: { const: "rich" },
                  title: { type: "string" },
                  html: { type: "string" },
                  width: { type: "integer" },
                  height: { type: "integer" },
                  provider_name: { type: "string" },
                  provider_url: { type: "string", format: "uri" },
                  author_name: { type: "string" },
                  author_url: { type: "string", format: "uri" },
                  cache_age: { type: "integer" },
                  thumbnail_url: { type: "string", format: "uri" },
                  thumbnail_width: { type: "integer" },
                  thumbnail_height: { type: "integer" },
                },
              },
              example: {
                version: "1.0",
                type: "rich",
                title: "…",
                provider_name: SITE_NAME,
                provider_url: `${SITE_URL}/`,
                html: `<iframe src="${SITE_URL}/embed/calls/${EXAMPLE_CALL}" title="…" width="${EMBED_WIDTH.default}" height="360" style="width:100%;max-width:${EMBED_WIDTH.default}px;border:0" loading="lazy"></iframe>`,
                width: EMBED_WIDTH.default,
                height: 360,
                thumbnail_url: `${SITE_URL}/calls/${EXAMPLE_CALL}/opengraph-image`,
                thumbnail_width: 1200,
                thumbnail_height: 630,
              },
            },
          },
        },
        "400": { description: "No `url` given." },
        "404": { description: "The URL is not an embeddable page of this site." },
        "501": { description: "A format other than JSON was asked for." },
      },
    },
  };
  paths["/embed/calls/{id}"] = {
    get: {
      operationId: "embedCall",
      summary: "A call as an embeddable card",
      description: "An HTML document for an <iframe> on any site: date, participants, headline, each side's account in a line, sourcing and a link to the permalink. No script, no cookies; `frame-ancestors *`.",
      tags: ["embeds"],
      parameters: [ref("callId"), ref("theme")],
      responses: { "200": { description: "The card.", content: HTML }, "404": NOT_FOUND },
    },
  };
  paths["/embed/calls"] = {
    get: {
      operationId: "embedTimeline",
      summary: "A timeline view's newest calls, embeddable",
      description: "An HTML document for an <iframe>: the newest `limit` calls of the view, with a link to the full view.",
      tags: ["embeds"],
      parameters: [...FILTER_REFS.filter((p) => p.$ref !== "#/components/parameters/sort"), ref("limit"), ref("theme")],
      responses: { "200": { description: "The list.", content: HTML } },
    },
  };
  paths["/opengraph-image"] = cardOperation("overviewCard", "The overview's social card");
  paths["/og/timeline"] = cardOperation("timelineCard", "A timeline view's social card (its filters in words)", FILTER_REFS.filter((p) => p.$ref !== "#/components/parameters/sort"));
  paths["/calls/{id}/opengraph-image"] = cardOperation("callCard", "A call's social card", [ref("callId")], true);
  paths["/leaders/{id}/opengraph-image"] = cardOperation("leaderCard", "A leader's social card", [ref("personId")], true);
  paths["/countries/{code}/opengraph-image"] = cardOperation("countryCard", "A country's social card", [ref("countryCode")], true);

  return {
    openapi: "3.1.0",
    info: {
      title: `${SITE_NAME} data API`,
      version,
      summary: DATASET_TITLE,
      description: `${DATASET_DESCRIPTION} Every endpoint is a read-only GET; the data changes only with a new deployment (its version is every response's ETag). Data endpoints send \`Access-Control-Allow-Origin: *\`.`,
      license: { name: DATA_LICENSE.name, identifier: DATA_LICENSE.id },
    },
    servers: [{ url: SITE_URL }],
    tags: [
      { name: "downloads", description: "The dataset, filtered like the timeline." },
      { name: "calls", description: "One call." },
      { name: "citations", description: "For reference managers." },
      { name: "embeds", description: "For other sites." },
      { name: "cards", description: "Social cards (PNG)." },
    ],
    paths,
    components: { parameters: { ...FILTER_PARAMETERS, ...OTHER_PARAMETERS }, schemas },
  };
}

let cached: string | undefined;

export function openApiText(): string {
  cached ??= `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
  return cached;
}
