import Link from "@/components/ui/link";
import type { Dataset } from "@/lib/data";
import type { Call, Claim, Quote } from "@/lib/schema";
import { callAccounts, callDisagreements, disputedClaims, type Account, type Disagreement, type MissingAccount } from "@/lib/readouts";
import { claimSpeakers } from "@/lib/claims";
import { leaderPath } from "@/lib/paths";
import { FlagIcon } from "./flag-icon";
import { KindBadge } from "./kind-badge";
import { ClaimBy } from "./person-links";
import { SIDE_BORDER, SIDE_TEXT } from "./side-styles";
import { SourceRefs } from "./source-refs";

type Labels = ReadonlyMap<string, string>;

/**
 * The product's core: each published account of the call in its own column (the Kremlin's, the
 * other side's, third parties'), with our summary, the officials' words verbatim and the claims
 * the account reports; a side that published nothing is said to have published nothing; where the
 * accounts disagree, the disagreement comes first.
 */
export function Accounts({ dataset, call, sourceLabels }: { dataset: Dataset; call: Call; sourceLabels: Labels }) {
  const slots = callAccounts(dataset, call);
  const disagreements = callDisagreements(dataset, call);
  const disputed = disputedClaims(call);
  // Three accounts fit side by side on a wide screen; two or four read best as pairs.
  const columns = slots.length === 3 ? "md:grid-cols-2 xl:grid-cols-3" : "md:grid-cols-2";
  return (
    <>
      {disagreements.length > 0 && <DisagreementCallout disagreements={disagreements} />}
      <div className={`mt-6 grid items-start gap-6 ${columns}`}>
        {slots.map((slot) =>
          slot.status === "reported" ? (
            <AccountCard
              key={slot.id}
              dataset={dataset}
              account={slot}
              claims={call.claims.filter((c) => c.reportedIn === slot.id)}
              disputed={disputed}
              sourceLabels={sourceLabels}
            />
          ) : (
            <MissingAccountCard key={`missing-${slot.side}`} missing={slot} />
          ),
        )}
      </div>
    </>
  );
}

function DisagreementCallout({ disagreements }: { disagreements: readonly Disagreement[] }) {
  return (
    <div id="disagreements" className="mt-6 scroll-mt-4 border-l-4 border-warn bg-warn-bg px-4 py-4 sm:px-5">
      <h3 className="flex items-center gap-2 font-bold text-warn">
        <FlagIcon />
        {disagreements.length === 1 ? "The accounts disagree" : `The accounts disagree on ${disagreements.length} points`}
      </h3>
      {disagreements.map((d) => (
        <div key={d.number} id={`disagreement-${d.number}`} className="mt-3 scroll-mt-4">
          <p className="max-w-3xl leading-relaxed">{d.note}</p>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {d.claims.map(({ claim, reporter }) => (
              <li key={claim.id} className={`border-l-2 pl-3 ${SIDE_BORDER[reporter.side]}`}>
                <span className={`block text-xs font-bold uppercase tracking-wider ${SIDE_TEXT[reporter.side]}`}>{reporter.label}</span>
                <a href={`#claim-${claim.id}`} className="font-serif text-ink underline decoration-rule underline-offset-4 hover:decoration-link">
                  {claim.statement}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function AccountCard({
  dataset,
  account,
  claims,
  disputed,
  sourceLabels,
}: {
  dataset: Dataset;
  account: Account;
  claims: readonly Claim[];
  disputed: ReadonlyMap<string, number[]>;
  sourceLabels: Labels;
}) {
  const headingId = `account-${account.id}`;
  return (
    <article aria-labelledby={headingId} className={`border-t-4 bg-panel px-4 pb-5 pt-4 sm:px-5 ${SIDE_BORDER[account.side]}`}>
      <h3 id={headingId} className={`text-sm font-bold uppercase tracking-wider ${SIDE_TEXT[account.side]}`}>
        {account.label}
      </h3>
      <p className="mt-1 text-sm text-muted">
        By {account.by}
        {" · "}
        <SourceRefs ids={account.sources} labels={sourceLabels} />
      </p>

      <h4 className="mt-4 text-xs font-semibold uppercase tracking-wider text-muted">Summary, in our words</h4>
      <p className="mt-1 font-serif text-[1.0625rem] leading-relaxed">{account.summary}</p>

      {account.quotes.length > 0 && (
        <>
          <h4 className="mt-5 text-xs font-semibold uppercase tracking-wider text-muted">Quoted verbatim</h4>
          <ul className="mt-2 space-y-4">
            {account.quotes.map((quote, i) => (
              <li key={i}>
                <QuoteFigure dataset={dataset} quote={quote} account={account} sourceLabels={sourceLabels} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h4 className="mt-5 text-xs font-semibold uppercase tracking-wider text-muted">
        {claims.length === 0 ? "No claims recorded from this account" : `Claims in this account (${claims.length})`}
      </h4>
      {claims.length > 0 && (
        <ol className="mt-1">
          {claims.map((claim) => (
            <ClaimItem
              key={claim.id}
              dataset={dataset}
              claim={claim}
              reportedIn={account.label}
              disagreements={disputed.get(claim.id) ?? []}
              sourceLabels={sourceLabels}
            />
          ))}
        </ol>
      )}
    </article>
  );
}

function QuoteFigure({ dataset, quote, account, sourceLabels }: { dataset: Dataset; quote: Quote; account: Account; sourceLabels: Labels }) {
  const source = dataset.sourceById.get(quote.source);
  const person = quote.person ? dataset.personById.get(quote.person) : undefined;
  return (
    <figure className={`border-l-4 pl-3 ${SIDE_BORDER[account.side]}`}>
      <blockquote lang={source?.language} className="font-serif italic leading-relaxed">
        {/* The quotation marks are drawn by CSS (quotes, app/globals.css): screen readers announce the blockquote. */}
        <p className="quoted">{quote.text}</p>
      </blockquote>
      <figcaption className="mt-1 text-sm text-muted">
        — {person ? <Link href={leaderPath(person.id)} className="underline underline-offset-2">{quote.speaker}</Link> : quote.speaker}, as quoted by{" "}
        <a href={`#source-${quote.source}`} className="underline underline-offset-2">{sourceLabels.get(quote.source) ?? quote.source}</a>
      </figcaption>
    </figure>
  );
}

function ClaimItem({
  dataset,
  claim,
  reportedIn,
  disagreements,
  sourceLabels,
}: {
  dataset: Dataset;
  claim: Claim;
  reportedIn: string;
  disagreements: readonly number[];
  sourceLabels: Labels;
}) {
  return (
    <li id={`claim-${claim.id}`} className="scroll-mt-4 border-t border-rule py-3 first:border-t-0 target:bg-warn-bg">
      <p className="leading-snug">{claim.statement}</p>
      <p className="claim-facts">
        <KindBadge kind={claim.kind} />
        <ClaimBy people={claimSpeakers(dataset, claim)} />
        <span className="sr-only"> Reported in the {reportedIn}.</span>
        {claim.sources.length > 0 && " · "}
        <SourceRefs ids={claim.sources} labels={sourceLabels} />
      </p>
      {disagreements.map((n) => (
        <p key={n} className="mt-1.5 text-sm font-semibold text-warn">
          <a href={`#disagreement-${n}`} className="inline-flex items-center gap-1.5 text-warn">
            <FlagIcon />
            Disputed: another account of this call differs
          </a>
        </p>
      ))}
    </li>
  );
}

function MissingAccountCard({ missing }: { missing: MissingAccount }) {
  return (
    <article aria-labelledby={`missing-${missing.side}`} className="border-2 border-dashed border-rule px-4 py-5 sm:px-5">
      <h3 id={`missing-${missing.side}`} className={`text-sm font-bold uppercase tracking-wider ${SIDE_TEXT[missing.side]}`}>
        {missing.label}
      </h3>
      <p className="mt-2 text-muted">
        {missing.note ?? "None of the sources we cite reports an account of this call from this side. What it said is known only from the other accounts."}
      </p>
    </article>
  );
}
