import { datasetCitationRoute } from "@/lib/citation/route";

export const dynamic = "force-static";

/** The dataset's citation for reference managers, with its version. */
export const GET = datasetCitationRoute("bibtex");
