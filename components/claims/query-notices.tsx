/** What the page ignored in the URL, said plainly. The texts are data from the URL: React renders them as text. */
export function QueryNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="mt-6 border-l-4 border-warn bg-warn-bg px-4 py-3">
      <p className="font-semibold text-warn">Some of the address could not be used</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
        {notices.map((notice, i) => (
          <li key={i} className="break-words">
            {notice}
          </li>
        ))}
      </ul>
    </div>
  );
}
