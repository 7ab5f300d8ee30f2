import { formatDate } from "@/lib/format";
import type { Coverage } from "@/lib/schema";

/** How current the record is: its latest call, and how far the stored reporting was searched. */
export function RecordCurrency({ latestCall, coverage }: { latestCall?: string; coverage?: Coverage }) {
  return (
    <p>
      {latestCall && (
        <>
          The latest recorded call is of <time dateTime={latestCall}>{formatDate(latestCall)}</time>.{" "}
        </>
      )}
      {coverage ? (
        <>
          The stored reporting was searched through <time dateTime={coverage.reportingThrough}>{formatDate(coverage.reportingThrough)}</time>,
          the newest report it holds (sweep of <time dateTime={coverage.searchedOn}>{formatDate(coverage.searchedOn)}</time>). {coverage.note}
        </>
      ) : (
        "How far the reporting has been searched is not recorded."
      )}
    </p>
  );
}
