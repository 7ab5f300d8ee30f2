import type { Metadata } from "next";
import { ChangeList } from "@/components/changes/change-list";
import { Pager } from "@/components/claims/pager";
import { QueryNotices } from "@/components/claims/query-notices";
import { changesByDay, getChanges, parseChangesQuery, changesHref, CHANGES_PAGE_SIZE } from "@/lib/changes/changes";
import { CHANGES_FEED_PATH } from "@/lib/changes/paths";
import { paginate } from "@/lib/claims";
import { getDataset } from "@/lib/data";
import { FEED_ALTERNATE_TYPES } from "@/lib/exports/catalog";
import { formatDate, plural } from "@/lib/format";
import { pageMetadata } from "@/lib/page-meta";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const description = "Every call added to the record and every correction to a record, newest first, each linking to the call. Also as an Atom feed.";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { page } = parseChangesQuery(await searchParams);
  const metadata = pageMetadata({ title: "Changes to the record", description, path: changesHref(page) });
  return { ...metadata, alternates: { ...metadata.alternates, types: FEED_ALTERNATE_TYPES } };
}

export default async function ChangesPage({ searchParams }: Props) {
  const dataset = getDataset();
  const { page: requested, notices } = parseChangesQuery(await searchParams);
  const changes = getChanges(dataset);
  const page = paginate(changes, requested, CHANGES_PAGE_SIZE);
  if (page.page !== requested) notices.push(`There is no page ${requested}; showing page ${page.page}, the last.`);
  const added = changes.filter((c) => c.kind === "added").length;
  const corrected = changes.length - added;
  const latest = changes[0];

  return (
    <>
      <header className="max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Changes to the record</h1>
        <p className="mt-3 text-lg leading-relaxed">
          Every call added to the record and every correction to a record, newest first. A record&rsquo;s address never changes; a
          correction says what changed and is kept on the call&rsquo;s page.
        </p>
        <p className="mt-2 text-sm text-muted">
          {plural(added, "call")} added and {plural(corrected, "correction")}
          {latest && <>; last change {formatDate(latest.date)}</>}. Follow them in a feed reader:{" "}
          <a href={CHANGES_FEED_PATH} className="font-mono">
            {CHANGES_FEED_PATH}
          </a>{" "}
          (Atom).
        </p>
      </header>
      <QueryNotices notices={notices} />
      {changes.length === 0 ? (
        <p className="mt-8 text-muted">Nothing has been published yet.</p>
      ) : (
        <>
          {page.pageCount > 1 && (
            <p className="mt-6 text-sm text-muted">
              Changes {page.start + 1}–{page.start + page.items.length} of {changes.length.toLocaleString("en-GB")}
            </p>
          )}
          <ChangeList dataset={dataset} days={changesByDay(page.items)} />
        </>
      )}
      <Pager page={page.page} pageCount={page.pageCount} href={changesHref} />
    </>
  );
}
