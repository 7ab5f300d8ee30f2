import type { ReadoutSide } from "@/lib/constants";

/** The colour of each side's accounts: the Kremlin's red, the counterpart's teal, third parties' amber. */
export const SIDE_TEXT: Record<ReadoutSide, string> = {
  kremlin: "text-kremlin",
  counterpart: "text-counterpart",
  "third-party": "text-event",
};

export const SIDE_BORDER: Record<ReadoutSide, string> = {
  kremlin: "border-kremlin",
  counterpart: "border-counterpart",
  "third-party": "border-event",
};
