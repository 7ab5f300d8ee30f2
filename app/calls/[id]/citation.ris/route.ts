import { callCitationRoute, generateCallCitationParams } from "@/lib/citation/route";

export const dynamic = "force-static";
export const generateStaticParams = generateCallCitationParams;

/** This call's citation for reference managers. */
export const GET = callCitationRoute("ris");
