import type { ParticipantView } from "@/lib/calls";
import { formatList } from "@/lib/format";

/** "Putin — with Raisi (Iran)": the Russian side, then the counterparts with their countries. */
export function ParticipantsLine({ russians, counterparts }: { russians: ParticipantView[]; counterparts: ParticipantView[] }) {
  const countries = [...new Set(counterparts.map((p) => p.countryName))];
  return (
    <p className="text-sm leading-snug">
      <span className="font-semibold text-kremlin">{formatList(russians.map((p) => p.name))}</span>
      <span className="text-muted"> with </span>
      <span className="font-semibold text-counterpart">{formatList(counterparts.map((p) => p.name))}</span>
      <span className="text-muted"> · {formatList(countries)}</span>
    </p>
  );
}
