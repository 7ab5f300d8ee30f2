import { CallRow } from "@/components/call/call-row";
import { toCallRowView } from "@/lib/calls";
import { getDataset } from "@/lib/data";
import { plural } from "@/lib/format";

export default function HomePage() {
  const dataset = getDataset();
  const calls = [...dataset.calls].reverse();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Every reported call</h1>
      <p className="mt-2 max-w-2xl text-muted">
        {plural(calls.length, "call")} by Russian officials about the Iran crisis, newest first.
      </p>
      <ol className="mt-6">
        {calls.map((call) => (
          <li key={call.id}>
            <CallRow call={toCallRowView(dataset, call)} headingLevel={2} />
          </li>
        ))}
      </ol>
    </>
  );
}
