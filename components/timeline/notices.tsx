import type { Notice } from "@/lib/filter";

/** What was ignored in the URL, and why. The messages quote the URL's text; React renders them as text only. */
export function Notices({ notices }: { notices: Notice[] }) {
  return (
    <div role="status" className="empty:hidden">
      {notices.length > 0 && (
        <div className="mb-4 rounded-md border-l-4 border-warn bg-warn-bg px-4 py-3 text-sm">
          <p className="font-semibold text-warn">Part of this address was not understood and has been ignored:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-ink">
            {notices.map((notice, i) => (
              <li key={i}>{notice.message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
