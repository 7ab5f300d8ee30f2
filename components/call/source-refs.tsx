import { Fragment } from "react";

/** "Japan Today · Business Standard": references to the numbered sources at the foot of the page. */
export function SourceRefs({ ids, labels, prefix = "Sources" }: { ids: readonly string[]; labels: ReadonlyMap<string, string>; prefix?: string }) {
  if (ids.length === 0) return null;
  return (
    <>
      {ids.length === 1 && prefix === "Sources" ? "Source" : prefix}:{" "}
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && " · "}
          <a href={`#source-${id}`} className="underline underline-offset-2">{labels.get(id) ?? id}</a>
        </Fragment>
      ))}
    </>
  );
}
