import Link from "@/components/ui/link";
import { Fragment } from "react";
import { leaderPath } from "@/lib/paths";

/** "Vladimir Putin and Ebrahim Raisi", each name linked to the leader's page. */
export function PersonLinks({ people, className }: { people: readonly { id: string; name: string }[]; className?: string }) {
  return (
    <>
      {people.map((person, i) => (
        <Fragment key={person.id}>
          {i > 0 && (i === people.length - 1 ? " and " : ", ")}
          <Link href={leaderPath(person.id)} className={className}>
            {person.name}
          </Link>
        </Fragment>
      ))}
    </>
  );
}

/** "By Vladimir Putin" / "Made by Vladimir Putin and Ebrahim Raisi": who made a claim. */
export function ClaimBy({ people }: { people: readonly { id: string; name: string }[] }) {
  return (
    <>
      {people.length > 1 ? "Made by " : "By "}
      <PersonLinks people={people} />
    </>
  );
}
