import { getDataset } from "@/lib/data";
import { overviewCard } from "@/lib/og/cards";
import { CARD_SIZE, CARD_TYPE, renderCard } from "@/lib/og/render";

export const alt = "Readout’s card: how many calls the record holds, over what period, and the latest";
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export default async function Image() {
  return renderCard(overviewCard(getDataset()));
}
