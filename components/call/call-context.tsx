import Link from "@/components/ui/link";
import type { Dataset } from "@/lib/data";
import type { Call } from "@/lib/schema";
import { toCallRowView } from "@/lib/calls";
import { EVENT_KIND_LABELS } from "@/lib/constants";
import { formatDate, formatDateShort, formatList, plural } from "@/lib/format";
import { countryPath, leaderPath, timelineHref } from "@/lib/paths";
import { adjacentCalls, counterpartHistories, daysBetween, firstCallSince, type SameDayChain, type SinceNote } from "@/lib/relations";
import { callPath } from "@/lib/site";
import { CallLine, callWho } from "./call-line";

/** Previous and next call in the whole record, as a pair of large links. */
export function PreviousNext({ dataset, call }: { dataset: Dataset; call: Call }) {
  const { previous, next } = adjacentCalls(dataset, call);
  if (!previous && !next) return null;
  const card = (target: Call, direction: "previous" | "next") => (
    <Link
      href={callPath(target.id)}
      rel={direction === "previous" ? "prev" : "next"}
      className={`group block h-full border-t border-rule pt-3 no-underline ${direction === "next" ? "sm:text-right" : ""}`}
    >
      <span className="block text-xs font-semibold uppercase tracking-wider text-muted">
        {direction === "previous" ? "← Previous call" : "Next call →"}
        <span className="font-normal normal-case tracking-normal"> · {formatDateShort(target.date)}</span>
      </span>
      <span className="mt-1 block text-sm text-muted">{callWho(toCallRowView(dataset, target))}</span>
      <span className="mt-0.5 block font-serif font-semibold text-ink group-hover:text-link group-hover:underline">{target.headline}</span>
    </Link>
  );
  return (
    <nav aria-label="Previous and next call" className="mt-4 grid gap-4 sm:grid-cols-2">
      <div>{previous && card(previous, "previous")}</div>
      <div>{next && card(next, "next")}</div>
    </nav>
  );
}

/** The other calls of the same day, in the day's order (the 2 March 2026 round of Gulf calls). */
export function SameDay({ dataset, call, chain }: { dataset: Dataset; call: Call; chain: SameDayChain }) {
  return (
    <div id="same-day" className="mt-8 scroll-mt-4">
      <h3 className="font-serif text-xl font-bold">
        {plural(chain.calls.length, "call")} on {formatDate(chain.date)}
      </h3>
      <p className="mt-1 text-sm text-muted">
        {chain.ordered === "all"
          ? `This was call ${chain.position} of ${chain.calls.length} that day, in the order the sources give.`
          : chain.ordered === "some"
            ? "The sources give the order of only some of these calls; the others are listed after them, their time in the day unknown."
            : "The sources do not give the order of these calls within the day."}
      </p>
      <ol className="mt-3 space-y-3">
        {chain.calls.map((c) => (
          <li key={c.id} className={c.id === call.id ? "border-l-4 border-ink pl-3" : "border-l-4 border-transparent pl-3"}>
            <CallLine call={toCallRowView(dataset, c)} current={c.id === call.id} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function SinceLine({ note, call }: { note: SinceNote; call: Call }) {
  if (note.kind === "person") {
    const name = (
      <Link href={leaderPath(note.person.id)} className="underline underline-offset-2">
        {note.person.name}
      </Link>
    );
    if (!note.previous) return <>The first call with {name} in our record.</>;
    return (
      <>
        The first call with {name} since <Link href={callPath(note.previous.id)} className="underline underline-offset-2">{formatDate(note.previous.date)}</Link> (
        {plural(daysBetween(note.previous.date, call.date), "day")}).
      </>
    );
  }
  return (
    <>
      The previous call with anyone from <Link href={countryPath(note.country.code)} className="underline underline-offset-2">{note.country.name}</Link> was on{" "}
      <Link href={callPath(note.previous.id)} className="underline underline-offset-2">
        {formatDate(note.previous.date)}
      </Link>{" "}
      ({plural(daysBetween(note.previous.date, call.date), "day")}{" "}
      earlier).
    </>
  );
}

/** The history with each counterpart: "first call since", then the nearest other calls with them. */
export function CounterpartHistory({ dataset, call }: { dataset: Dataset; call: Call }) {
  const notes = firstCallSince(dataset, call);
  const histories = counterpartHistories(dataset, call);
  return (
    <div className="mt-8">
      <h3 className="font-serif text-xl font-bold">
        With {formatList(histories.map((h) => h.person.name))}
      </h3>
      <ul className="mt-1 space-y-1">
        {notes.map((note) => (
          <li key={note.kind === "person" ? note.person.id : note.country.code}>
            <SinceLine note={note} call={call} />
          </li>
        ))}
      </ul>
      {histories.map((h) =>
        h.otherCount === 0 ? null : (
          <div key={h.person.id} className="mt-4">
            <h4 className="text-sm font-semibold">
              {h.nearest.length < h.otherCount
                ? `The ${plural(h.nearest.length, "nearest other call")} with ${h.person.name}, of ${h.otherCount}`
                : `Other calls with ${h.person.name}`}
            </h4>
            <ol className="mt-2 space-y-3">
              {h.nearest.map((c) => (
                <li key={c.id}>
                  <CallLine call={toCallRowView(dataset, c)} />
                </li>
              ))}
            </ol>
            <p className="mt-2 text-sm">
              <Link href={leaderPath(h.person.id)}>All calls with {h.person.name}</Link>
              {" · "}
              <Link href={timelineHref({ leader: [h.person.id] })}>in the timeline</Link>
            </p>
          </div>
        ),
      )}
    </div>
  );
}

/** The crisis events the record links the call to. */
export function RelatedEvents({ dataset, call }: { dataset: Dataset; call: Call }) {
  const events = call.events.flatMap((id) => dataset.eventById.get(id) ?? []);
  if (events.length === 0) return null;
  return (
    <div className="mt-8">
      <h3 className="font-serif text-xl font-bold">Crisis events</h3>
      <ul className="mt-3 space-y-4">
        {events.map((event) => (
          <li key={event.id} className="border-l-4 border-event bg-event-bg px-3 py-2">
            <p className="text-xs font-semibold uppercase tracking-wider text-event">
              {EVENT_KIND_LABELS[event.kind]}
              {" · "}
              <time dateTime={event.date}>{formatDate(event.date)}</time>
              {event.endDate && (
                <>
                  {" – "}
                  <time dateTime={event.endDate}>{formatDate(event.endDate)}</time>
                </>
              )}
            </p>
            <p className="mt-0.5 font-semibold">{event.title}</p>
            <p className="mt-0.5 text-sm leading-snug">{event.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where the call sits: its neighbours in time, the day's other calls, the history with the counterparts, the crisis. */
export function CallContext({ dataset, call, chain }: { dataset: Dataset; call: Call; chain: SameDayChain | undefined }) {
  return (
    <div className="max-w-4xl">
      <PreviousNext dataset={dataset} call={call} />
      {chain && <SameDay dataset={dataset} call={call} chain={chain} />}
      <CounterpartHistory dataset={dataset} call={call} />
      <RelatedEvents dataset={dataset} call={call} />
    </div>
  );
}
