import type { ParticipantView } from "@/lib/calls";
import { formatList } from "@/lib/format";

/** "Putin with Raisi · Iran": the Russian side, then the counterparts and their countries. */
export function ParticipantsLine({ russians, counterparts }: { russians: ParticipantView[]; counterparts: ParticipantView[] }) {
  const countries = [...new Set(counterparts.map((p) => p.countryName))];
  return (
    <p className="who">
      <span className="who-ru">{formatList(russians.map((p) => p.name))}</span>
      <span className="text-muted">{` with `}</span>
      <span className="who-cp">{formatList(counterparts.map((p) => p.name))}</span>
      <span className="text-muted">{` · ${formatList(countries)}`}</span>
    </p>
  );
}
