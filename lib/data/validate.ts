import { createHash } from "node:crypto";
import { ZodError, type z } from "zod";
import { findJsonErrorOffset } from "./json-position";
import { RUSSIA } from "../constants";
import {
  callIdPattern,
  callSchema,
  countrySchema,
  coverageSchema,
  eventSchema,
  leadSchema,
  personSchema,
  sourceSchema,
  topicSchema,
  type Call,
  type Country,
  type Coverage,
  type CrisisEvent,
  type Lead,
  type Office,
  type Person,
  type Quote,
  type Source,
  type Topic,
} from "../schema";
import { ISO_3166_ALPHA2 } from "./iso-3166";

/** One problem in the data, located by file and JSON path. */
export type Problem = { file: string; path: string; message: string };

export function formatProblem({ file, path, message }: Problem): string {
  return path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;
}

/** A file of the data directory: its name relative to the directory ("calls/x.json"), the path shown in messages, and its text. */
export type DataFile = { name: string; displayPath: string; text: string };

export type Dataset = {
  /** Oldest first (by date, then id). */
  calls: readonly Call[];
  callById: ReadonlyMap<string, Call>;
  people: readonly Person[];
  personById: ReadonlyMap<string, Person>;
  countries: readonly Country[];
  countryByCode: ReadonlyMap<string, Country>;
  sources: readonly Source[];
  sourceById: ReadonlyMap<string, Source>;
  topics: readonly Topic[];
  topicById: ReadonlyMap<string, Topic>;
  /** Oldest first. */
  events: readonly CrisisEvent[];
  eventById: ReadonlyMap<string, CrisisEvent>;
  /** Reported but unconfirmed calls (`leads.json`), in file order. */
  leads: readonly Lead[];
  /** How far the stored reporting was searched, and the cells where searching found nothing (`coverage.json`). */
  coverage?: Coverage;
  /** Calls each person took part in (either side), oldest first. */
  callsByPerson: ReadonlyMap<string, readonly Call[]>;
  /** Calls with a counterpart from each country, oldest first. */
  callsByCountry: ReadonlyMap<string, readonly Call[]>;
  /** Calls on each topic, oldest first. */
  callsByTopic: ReadonlyMap<string, readonly Call[]>;
  /** A hash of every data file: changes whenever the data does (ETags, cache keys). */
  version: string;
};

export const REGISTRY_FILES = ["countries.json", "people.json", "sources.json", "topics.json", "events.json"] as const;
/** Registries that may be absent (no leads at all). */
export const OPTIONAL_REGISTRY_FILES = ["leads.json", "coverage.json"] as const;

export type ValidateOptions = {
  /** "Today" as YYYY-MM-DD; dates after it are rejected. Defaults to the current UTC date. */
  today?: string;
};

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Renders a zod/JSON path as `claims[2].speakers[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = { array: "a list", object: "an object", string: "text", number: "a number", boolean: "true or false" };

/** Turns zod issues into curator-readable problems, one per issue (one per unknown key). */
function zodProblems(file: string, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) problems.push({ file, path: formatPath([...issue.path, key]), message: `unknown field "${key}"` });
        break;
      case "invalid_type":
        problems.push({
          file,
          path,
          message:
            issue.input === undefined
              ? "is required"
              : `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeType(issue.input)}`,
        });
        break;
      case "invalid_value":
        problems.push({
          file,
          path,
          message: `${JSON.stringify(issue.input)} is not one of: ${issue.values.map((v) => String(v)).join(", ")}`,
        });
        break;
      case "invalid_union": {
        // Report the alternative that came closest (fewest problems), located under the union's path.
        const closest = issue.errors.reduce((best, next) => (next.length < best.length ? next : best), issue.errors[0] ?? []);
        if (closest.length === 0) problems.push({ file, path, message: issue.message });
        else problems.push(...zodProblems(file, new ZodError(closest.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] })))));
        break;
      }
      case "too_small":
        problems.push({
          file,
          path,
          message: issue.message.startsWith("Too small") ? `must have at least ${String(issue.minimum)} item(s)` : issue.message,
        });
        break;
      default:
        problems.push({ file, path, message: issue.message });
    }
  }
  return problems;
}

/** JSON.parse, reporting a syntax error with its line and column. */
function parseJson(file: DataFile): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(file.text) };
  } catch {
    const offset = findJsonErrorOffset(file.text);
    const lines = file.text.slice(0, offset).split("\n");
    const where = `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
    const found = file.text[offset];
    const message =
      found === undefined ? `not valid JSON: the file ends too early (${where})` : `not valid JSON: unexpected ${JSON.stringify(found)} at ${where}`;
    return { ok: false, problem: { file: file.displayPath, path: "", message } };
  }
}

function parseWith<S extends z.ZodType>(schema: S, file: DataFile, problems: Problem[]): z.infer<S> | undefined {
  const json = parseJson(file);
  if (!json.ok) {
    problems.push(json.problem);
    return undefined;
  }
  const result = schema.safeParse(json.value, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(file.displayPath, result.error));
    return undefined;
  }
  return result.data;
}

/**
 * Parses a registry (a JSON array) entry by entry, so one bad entry neither hides the others nor
 * makes every reference to it "unknown": the ids of invalid entries are returned as `invalidIds`.
 */
function parseRegistry<S extends z.ZodType>(
  file: DataFile | undefined,
  entrySchema: S,
  problems: Problem[],
  idKey: string,
): { entries: z.infer<S>[]; invalidIds: Set<string> } {
  const entries: z.infer<S>[] = [];
  const invalidIds = new Set<string>();
  if (!file) return { entries, invalidIds };
  const json = parseJson(file);
  if (!json.ok) {
    problems.push(json.problem);
    return { entries, invalidIds };
  }
  if (!Array.isArray(json.value)) {
    problems.push({ file: file.displayPath, path: "", message: `expected a list of entries, got ${describeType(json.value)}` });
    return { entries, invalidIds };
  }
  json.value.forEach((raw: unknown, index) => {
    const result = entrySchema.safeParse(raw, { reportInput: true });
    if (result.success) {
      entries.push(result.data);
      return;
    }
    const error = new ZodError(result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
    problems.push(...zodProblems(file.displayPath, error));
    if (raw && typeof raw === "object" && idKey in raw) {
      const id: unknown = (raw as Record<string, unknown>)[idKey];
      if (typeof id === "string") invalidIds.add(id);
    }
  });
  return { entries, invalidIds };
}

function indexById<T>(items: readonly T[], key: (item: T) => string, file: string, problems: Problem[], keyName = "id"): Map<string, T> {
  const map = new Map<string, T>();
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const id = key(item);
    const seen = firstIndex.get(id);
    if (seen !== undefined) {
      problems.push({ file, path: `[${index}].${keyName}`, message: `duplicate ${keyName} "${id}" (first used at [${seen}])` });
      return;
    }
    firstIndex.set(id, index);
    map.set(id, item);
  });
  return map;
}

function officeSpan({ from, to }: Office): string {
  if (from && to) return `from ${from} to ${to}`;
  if (from) return `from ${from}`;
  return `until ${to}`;
}

/** Whether the office was held on `date` (open ends count as held). */
export function heldOn(office: Office, date: string): boolean {
  return (office.from === undefined || office.from <= date) && (office.to === undefined || date <= office.to);
}

/**
 * Validates the whole data directory: every file against its schema, then every rule that spans
 * records (references, dates, offices). Returns every problem found, never only the first; a
 * dataset is returned only when there are none.
 */
export function validateFiles(files: readonly DataFile[], options: ValidateOptions = {}): { dataset?: Dataset; problems: Problem[] } {
  const today = options.today ?? todayUtc();
  const problems: Problem[] = [];
  const byName = new Map(files.map((f) => [f.name, f]));
  const registryPath = (name: string) => byName.get(name)?.displayPath ?? name;

  for (const name of REGISTRY_FILES) {
    if (!byName.has(name)) problems.push({ file: name, path: "", message: "file is missing" });
  }
  for (const file of files) {
    const isRegistry = ([...REGISTRY_FILES, ...OPTIONAL_REGISTRY_FILES] as readonly string[]).includes(file.name);
    const isCall = file.name.startsWith("calls/") && file.name.endsWith(".json") && !file.name.slice(6).includes("/");
    if (!isRegistry && !isCall) {
      problems.push({
        file: file.displayPath,
        path: "",
        message: `unexpected file: data/ holds the registries (${[...REGISTRY_FILES, ...OPTIONAL_REGISTRY_FILES].join(", ")}) and calls/<id>.json only`,
      });
    }
  }

  const countryEntries = parseRegistry(byName.get("countries.json"), countrySchema, problems, "code");
  const personEntries = parseRegistry(byName.get("people.json"), personSchema, problems, "id");
  const sourceEntries = parseRegistry(byName.get("sources.json"), sourceSchema, problems, "id");
  const topicEntries = parseRegistry(byName.get("topics.json"), topicSchema, problems, "id");
  const eventEntries = parseRegistry(byName.get("events.json"), eventSchema, problems, "id");
  const leadEntries = parseRegistry(byName.get("leads.json"), leadSchema, problems, "id");
  const countries: Country[] = countryEntries.entries;
  const people: Person[] = personEntries.entries;
  const sources: Source[] = sourceEntries.entries;
  const topics: Topic[] = topicEntries.entries;
  const events: CrisisEvent[] = eventEntries.entries;
  const leads: Lead[] = leadEntries.entries;
  const coverageFile = byName.get("coverage.json");
  const coverage = coverageFile ? parseWith(coverageSchema, coverageFile, problems) : undefined;
  /** Ids of registry entries that exist but are invalid: references to them are not reported again. */
  const invalid = {
    country: countryEntries.invalidIds,
    person: personEntries.invalidIds,
    source: sourceEntries.invalidIds,
    topic: topicEntries.invalidIds,
    event: eventEntries.invalidIds,
  };

  const countriesFile = registryPath("countries.json");
  const peopleFile = registryPath("people.json");
  const sourcesFile = registryPath("sources.json");
  const eventsFile = registryPath("events.json");
  const leadsFile = registryPath("leads.json");

  const countryByCode = indexById(countries, (c) => c.code, countriesFile, problems, "code");
  const personById = indexById(people, (p) => p.id, peopleFile, problems);
  const sourceById = indexById(sources, (s) => s.id, sourcesFile, problems);
  const topicById = indexById(topics, (t) => t.id, registryPath("topics.json"), problems);
  const eventById = indexById(events, (e) => e.id, eventsFile, problems);
  indexById(leads, (l) => l.id, leadsFile, problems);

  const cited = new Set<string>();
  const checkFuture = (file: string, path: string, date: string | undefined) => {
    if (date !== undefined && date > today) problems.push({ file, path, message: `${date} is in the future` });
  };
  const checkCountry = (file: string, path: string, code: string) => {
    if (!countryByCode.has(code) && !invalid.country.has(code)) problems.push({ file, path, message: `unknown country "${code}"` });
  };
  const checkSource = (file: string, path: string, id: string) => {
    cited.add(id);
    if (!sourceById.has(id) && !invalid.source.has(id)) problems.push({ file, path, message: `unknown source "${id}"` });
  };

  countries.forEach((country, i) => {
    if (!ISO_3166_ALPHA2.has(country.code)) {
      problems.push({ file: countriesFile, path: `[${i}].code`, message: `"${country.code}" is not an assigned ISO 3166-1 alpha-2 code` });
    }
  });

  people.forEach((person, i) => {
    const officeIds = new Set<string>();
    person.offices.forEach((office, j) => {
      const at = `[${i}].offices[${j}]`;
      if (officeIds.has(office.id)) problems.push({ file: peopleFile, path: `${at}.id`, message: `duplicate office id "${office.id}"` });
      officeIds.add(office.id);
      checkCountry(peopleFile, `${at}.country`, office.country);
      checkFuture(peopleFile, `${at}.from`, office.from);
      checkFuture(peopleFile, `${at}.to`, office.to);
      if (office.from && office.to && office.to < office.from) {
        problems.push({ file: peopleFile, path: `${at}.to`, message: `${office.to} is before "from" (${office.from})` });
      }
      office.sources?.forEach((id, k) => checkSource(peopleFile, `${at}.sources[${k}]`, id));
    });
  });

  const sourceByUrl = new Map<string, string>();
  sources.forEach((source, i) => {
    checkFuture(sourcesFile, `[${i}].date`, source.date);
    if (!source.url) return;
    const other = sourceByUrl.get(source.url);
    if (other) problems.push({ file: sourcesFile, path: `[${i}].url`, message: `the same page as source "${other}": cite that one` });
    else sourceByUrl.set(source.url, source.id);
  });

  events.forEach((event, i) => {
    checkFuture(eventsFile, `[${i}].date`, event.date);
    if (event.endDate && event.endDate < event.date) {
      problems.push({ file: eventsFile, path: `[${i}].endDate`, message: `${event.endDate} is before the start date (${event.date})` });
    }
    if (event.dateCertainty === "inferred" && !event.dateNote) {
      problems.push({ file: eventsFile, path: `[${i}].dateNote`, message: 'is required when dateCertainty is "inferred"' });
    }
    event.countries.forEach((code, k) => checkCountry(eventsFile, `[${i}].countries[${k}]`, code));
    event.sources.forEach((id, k) => checkSource(eventsFile, `[${i}].sources[${k}]`, id));
  });

  const calls: Call[] = [];
  const callFileById = new Map<string, string>();
  let everyCallParsed = true;
  for (const file of files) {
    if (!file.name.startsWith("calls/") || !file.name.endsWith(".json")) continue;
    const call = parseWith(callSchema, file, problems);
    if (!call) {
      everyCallParsed = false;
      continue;
    }
    const before = problems.length;
    checkCall(call, file, {
      today,
      problems,
      personById,
      topicById,
      eventById,
      sourceById,
      invalid,
      checkFuture,
      checkSource,
    });
    const duplicate = callFileById.get(call.id);
    if (duplicate) {
      problems.push({ file: file.displayPath, path: "id", message: `duplicate id "${call.id}" (also in ${duplicate})` });
    }
    callFileById.set(call.id, file.displayPath);
    if (problems.length === before) calls.push(call);
  }

  leads.forEach((lead, i) => {
    const at = `[${i}]`;
    if (lead.date === undefined && lead.dateText === undefined) {
      problems.push({ file: leadsFile, path: at, message: 'must give "date" or "dateText"' });
    }
    checkFuture(leadsFile, `${at}.date`, lead.date);
    lead.people?.forEach((id, k) => {
      if (!personById.has(id) && !invalid.person.has(id)) problems.push({ file: leadsFile, path: `${at}.people[${k}]`, message: `unknown person "${id}"` });
    });
    lead.countries.forEach((code, k) => checkCountry(leadsFile, `${at}.countries[${k}]`, code));
    lead.sources.forEach((id, k) => checkSource(leadsFile, `${at}.sources[${k}]`, id));
    if (lead.status === "confirmed") {
      if (lead.record === undefined) problems.push({ file: leadsFile, path: `${at}.record`, message: 'is required when status is "confirmed": the id of the call record it became' });
      else if (!callFileById.has(lead.record) && everyCallParsed) problems.push({ file: leadsFile, path: `${at}.record`, message: `unknown call "${lead.record}"` });
    } else if (lead.record !== undefined) {
      problems.push({ file: leadsFile, path: `${at}.record`, message: `only a confirmed lead names its record (status is "${lead.status}")` });
    }
  });

  if (coverage && coverageFile) {
    const at = coverageFile.displayPath;
    checkFuture(at, "searchedOn", coverage.searchedOn);
    if (coverage.reportingThrough > coverage.searchedOn) {
      problems.push({ file: at, path: "reportingThrough", message: `${coverage.reportingThrough} is after the day of the search (${coverage.searchedOn})` });
    }
    coverage.gaps.forEach((gap, i) => {
      gap.countries.forEach((code, k) => checkCountry(at, `gaps[${i}].countries[${k}]`, code));
      if (gap.to < gap.from) problems.push({ file: at, path: `gaps[${i}].to`, message: `${gap.to} is before "from" (${gap.from})` });
    });
  }

  // Only meaningful when every call could be read: a broken call file would make its sources look unused.
  checkDayOrder(calls, callFileById, problems);

  sources.forEach((source, i) => {
    if (everyCallParsed && !cited.has(source.id)) {
      problems.push({ file: sourcesFile, path: `[${i}]`, message: `source "${source.id}" is not cited by any call, event, office or lead` });
    }
  });

  if (problems.length > 0) return { problems };

  calls.sort(compareCalls);
  const sortedEvents = [...events].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) hash.update(file.name).update("\0").update(file.text);

  return {
    problems,
    dataset: {
      calls,
      callById: new Map(calls.map((c) => [c.id, c])),
      people,
      personById,
      countries,
      countryByCode,
      sources,
      sourceById,
      topics,
      topicById,
      events: sortedEvents,
      eventById,
      leads,
      ...(coverage ? { coverage } : {}),
      ...indexCalls(calls, personById),
      version: hash.digest("hex").slice(0, 16),
    },
  };
}

/** Chronological order: by date, then by the order within the day where known (unordered calls last), then by id. */
export function compareCalls(a: Call, b: Call): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const order = (a.dayOrder ?? Infinity) - (b.dayOrder ?? Infinity);
  if (order !== 0 && !Number.isNaN(order)) return order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `dayOrder` never repeats within a day. Calls without one follow the ordered calls of their day. */
function checkDayOrder(calls: readonly Call[], fileById: ReadonlyMap<string, string>, problems: Problem[]) {
  const seen = new Map<string, string>();
  for (const call of calls) {
    if (call.dayOrder === undefined) continue;
    const key = `${call.date}#${call.dayOrder}`;
    const other = seen.get(key);
    if (other) problems.push({ file: fileById.get(call.id) ?? call.id, path: "dayOrder", message: `${call.dayOrder} is also the dayOrder of "${other}"` });
    else seen.set(key, call.id);
  }
}

/** Reverse indexes from people, countries and topics to their calls (input order is kept). */
function indexCalls(calls: readonly Call[], personById: ReadonlyMap<string, Person>) {
  const callsByPerson = new Map<string, Call[]>();
  const callsByCountry = new Map<string, Call[]>();
  const callsByTopic = new Map<string, Call[]>();
  const push = (map: Map<string, Call[]>, key: string, call: Call) => {
    const list = map.get(key);
    if (list) {
      if (list.at(-1) !== call) list.push(call);
    } else map.set(key, [call]);
  };
  for (const call of calls) {
    for (const p of [...call.russians, ...call.counterparts]) push(callsByPerson, p.person, call);
    for (const p of call.counterparts) {
      const office = personById.get(p.person)?.offices.find((o) => o.id === p.office);
      if (office) push(callsByCountry, office.country, call);
    }
    for (const topic of call.topics) push(callsByTopic, topic, call);
  }
  return { callsByPerson, callsByCountry, callsByTopic };
}

type CallContext = {
  today: string;
  problems: Problem[];
  personById: ReadonlyMap<string, Person>;
  topicById: ReadonlyMap<string, Topic>;
  eventById: ReadonlyMap<string, CrisisEvent>;
  sourceById: ReadonlyMap<string, Source>;
  /** Registry entries that exist but failed validation (already reported). */
  invalid: Record<"person" | "source" | "topic" | "event", ReadonlySet<string>>;
  checkFuture: (file: string, path: string, date: string | undefined) => void;
  checkSource: (file: string, path: string, id: string) => void;
};

/** The rules of one call record that a schema cannot express: references, dates and offices. */
function checkCall(call: Call, file: DataFile, ctx: CallContext): void {
  const { problems } = ctx;
  const at = file.displayPath;
  const add = (path: string, message: string) => problems.push({ file: at, path, message });

  const fileId = file.name.slice("calls/".length, -".json".length);
  if (call.id !== fileId) add("id", `"${call.id}" does not match the file name "${fileId}.json"`);
  if (!callIdPattern.test(fileId)) add("", `file name "${fileId}.json" must look like "YYYY-MM-DD-russian-counterpart.json"`);
  if (!call.id.startsWith(`${call.date}-`)) add("id", `must start with the call's date "${call.date}-"`);
  ctx.checkFuture(at, "date", call.date);
  if (call.dateCertainty === "inferred" && !call.dateNote) add("dateNote", 'is required when dateCertainty is "inferred"');

  const listed = new Set(call.sources);
  call.sources.forEach((id, i) => {
    ctx.checkSource(at, `sources[${i}]`, id);
    const source = ctx.sourceById.get(id);
    if (source?.date && source.date < call.date) {
      add(`sources[${i}]`, `source "${id}" is dated ${source.date}, before the call (${call.date})`);
    }
  });
  const seenSources = new Set<string>();
  call.sources.forEach((id, i) => {
    if (seenSources.has(id)) add(`sources[${i}]`, `source "${id}" is listed twice`);
    seenSources.add(id);
  });
  /** Sources cited inside the record must be among the call's own `sources`. */
  const cite = (path: string, id: string) => {
    if (!ctx.sourceById.has(id)) {
      if (!ctx.invalid.source.has(id)) add(path, `unknown source "${id}"`);
    } else if (!listed.has(id)) add(path, `source "${id}" is not listed in this call's "sources"`);
  };
  const knownPerson = (path: string, id: string) => {
    if (!ctx.personById.has(id)) {
      if (!ctx.invalid.person.has(id)) add(path, `unknown person "${id}"`);
      return false;
    }
    return true;
  };

  const participants = new Set([...call.russians, ...call.counterparts].map((p) => p.person));
  const seenPeople = new Set<string>();
  for (const side of ["russians", "counterparts"] as const) {
    call[side].forEach((participant, i) => {
      const path = `${side}[${i}]`;
      if (!knownPerson(`${path}.person`, participant.person)) return;
      if (seenPeople.has(participant.person)) add(`${path}.person`, `"${participant.person}" is already a participant of this call`);
      seenPeople.add(participant.person);
      const person = ctx.personById.get(participant.person);
      const office = person?.offices.find((o) => o.id === participant.office);
      if (!office) {
        add(`${path}.office`, `"${participant.person}" has no office "${participant.office}" in people.json`);
        return;
      }
      if (!heldOn(office, call.date)) {
        add(`${path}.office`, `"${participant.person}" did not hold "${participant.office}" on ${call.date} (held ${officeSpan(office)})`);
      }
      const isRussian = office.country === RUSSIA;
      if (side === "russians" && !isRussian) add(`${path}.office`, `"${participant.office}" is an office of ${office.country}, not of Russia`);
      if (side === "counterparts" && isRussian) add(`${path}.office`, `"${participant.office}" is a Russian office; counterparts are foreign`);
    });
  }

  if (call.dateAccounts) {
    call.dateAccounts.forEach((account, i) => {
      ctx.checkFuture(at, `dateAccounts[${i}].date`, account.date);
      account.sources.forEach((id, k) => cite(`dateAccounts[${i}].sources[${k}]`, id));
    });
  }
  const initiator = call.initiator;
  if (initiator && "disputed" in initiator) {
    initiator.accounts.forEach((account, a) => account.sources.forEach((id, k) => cite(`initiator.accounts[${a}].sources[${k}]`, id)));
    const sides = new Set(initiator.accounts.map((account) => account.side));
    if (sides.size < 2) {
      add(
        "initiator.accounts",
        `every account gives the same side ("${initiator.accounts[0]?.side}"): an initiator is disputed only when the accounts disagree; otherwise use { "side", "sources" }`,
      );
    }
  } else initiator?.sources.forEach((id, k) => cite(`initiator.sources[${k}]`, id));

  if (call.sources.length > 0 && call.sources.every((id) => ctx.sourceById.get(id)?.lowReliability)) {
    add(
      "sources",
      "every source of this call is low-reliability: a call that rests only on auto-generated, SEO or aggregator pages is a lead (leads.json), not a record",
    );
  }

  /** A quote is carried by one account: its page must be among that account's sources. */
  const checkQuote = (quote: Quote, path: string, accountPath: string, accountSources: readonly string[]) => {
    if (quote.person) knownPerson(`${path}.person`, quote.person);
    cite(`${path}.source`, quote.source);
    if (!accountSources.includes(quote.source)) {
      add(`${path}.source`, `source "${quote.source}" is not among the sources of the account that carries the quote (${accountPath}.sources)`);
    }
  };

  const readoutIds = new Set<string>();
  const kremlin = call.readouts.kremlin;
  if (kremlin.status === "reported") {
    readoutIds.add("kremlin");
    if (kremlin.person) knownPerson("readouts.kremlin.person", kremlin.person);
    kremlin.sources.forEach((id, k) => cite(`readouts.kremlin.sources[${k}]`, id));
    kremlin.quotes.forEach((quote, q) => checkQuote(quote, `readouts.kremlin.quotes[${q}]`, "readouts.kremlin", kremlin.sources));
  }
  call.readouts.others.forEach((readout, r) => {
    const path = `readouts.others[${r}]`;
    if (readout.id === "kremlin") add(`${path}.id`, '"kremlin" is reserved for the Kremlin readout');
    else if (readoutIds.has(readout.id)) add(`${path}.id`, `duplicate readout id "${readout.id}"`);
    readoutIds.add(readout.id);
    if (readout.person) knownPerson(`${path}.person`, readout.person);
    readout.sources.forEach((id, k) => cite(`${path}.sources[${k}]`, id));
    readout.quotes.forEach((quote, q) => checkQuote(quote, `${path}.quotes[${q}]`, path, readout.sources));
  });

  const claimIds = new Set<string>();
  call.claims.forEach((claim, c) => {
    const path = `claims[${c}]`;
    if (claimIds.has(claim.id)) add(`${path}.id`, `duplicate claim id "${claim.id}"`);
    claimIds.add(claim.id);
    claim.speakers.forEach((speaker, s) => {
      if (knownPerson(`${path}.speakers[${s}]`, speaker) && !participants.has(speaker)) {
        add(
          `${path}.speakers[${s}]`,
          `"${speaker}" was not on this call (participants: ${[...participants].join(", ")}); someone commenting on the call is an account of it (readouts.others), not a speaker of its claims`,
        );
      }
    });
    if (!readoutIds.has(claim.reportedIn)) {
      add(
        `${path}.reportedIn`,
        claim.reportedIn === "kremlin"
          ? 'the Kremlin readout of this call is "none-reported"'
          : `unknown readout "${claim.reportedIn}" (this call has: ${[...readoutIds].join(", ") || "none"})`,
      );
    }
    claim.sources.forEach((id, k) => cite(`${path}.sources[${k}]`, id));
  });

  call.disagreements?.forEach((disagreement, d) => {
    disagreement.claims.forEach((id, k) => {
      if (!claimIds.has(id)) add(`disagreements[${d}].claims[${k}]`, `unknown claim "${id}"`);
    });
  });

  call.topics.forEach((id, i) => {
    if (!ctx.topicById.has(id) && !ctx.invalid.topic.has(id)) add(`topics[${i}]`, `unknown topic "${id}"`);
  });
  call.events.forEach((id, i) => {
    if (!ctx.eventById.has(id) && !ctx.invalid.event.has(id)) add(`events[${i}]`, `unknown event "${id}"`);
  });
  call.corrections?.forEach((correction, i) => {
    ctx.checkFuture(at, `corrections[${i}].date`, correction.date);
    if (correction.date < call.date) add(`corrections[${i}].date`, `${correction.date} is before the call (${call.date})`);
  });
}
