import type { ParticipantView } from "@/lib/calls";
import { formatList } from "@/lib/format";

/** "Putin with Raisi · Iran": the Russian side, then the counterparts and their countries (styles in app/globals.css). */
export function ParticipantsLine({ russians, counterparts }: { russians: ParticipantView[]; counterparts: ParticipantView[] }) {
  const countries = [...new Set(counterparts.map((p) => p.countryName))];
  return (
    <p className="who">
      <b className="who-ru">{formatList(russians.map((p) => p.name))}</b>
      {` with `}
      <b className="who-cp">{formatList(counterparts.map((p) => p.name))}</b>
      {` · ${formatList(countries)}`}
    </p>
  );
}
