import { notFound } from "next/navigation";
import { getCall, getDataset } from "@/lib/data";
import { callCard } from "@/lib/og/cards";
import { CARD_SIZE, CARD_TYPE, renderCard } from "@/lib/og/render";

// Drawn on its first request, then cached like the permalink (on-demand permalinks are cached the same way).
export const dynamic = "force-static";
export const alt = "The call’s card: its date, who spoke with whom, the headline and how it is sourced";
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const call = getCall((await params).id);
  if (!call) notFound();
  return renderCard(callCard(getDataset(), call));
}
