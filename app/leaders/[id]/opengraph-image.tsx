import { notFound } from "next/navigation";
import { getDataset, getPerson } from "@/lib/data";
import { leaderCard } from "@/lib/og/cards";
import { CARD_SIZE, CARD_TYPE, renderCard } from "@/lib/og/render";

export const dynamic = "force-static";
export const alt = "The leader’s card: name, office, number of calls and the people they spoke with most";
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const person = getPerson((await params).id);
  if (!person) notFound();
  return renderCard(leaderCard(getDataset(), person));
}
