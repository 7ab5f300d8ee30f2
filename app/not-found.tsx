import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-muted">There is no page at this address.</p>
      <p className="mt-4">
        <Link href="/calls">Browse the timeline of calls</Link>
      </p>
    </div>
  );
}
