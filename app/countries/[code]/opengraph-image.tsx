import { notFound } from "next/navigation";
import { getDataset } from "@/lib/data";
import { countryCard } from "@/lib/og/cards";
import { CARD_SIZE, CARD_TYPE, renderCard } from "@/lib/og/render";

export const dynamic = "force-static";
export const alt = "The country’s card: Russia’s calls with it, over what period, with whom, and the topics";
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const card = countryCard(getDataset(), (await params).code);
  if (!card) notFound();
  return renderCard(card);
}
