import "server-only";
import { dataDir, loadDataDir } from "./read";
import { formatProblem, type Dataset } from "./validate";

export type { Dataset } from "./validate";

let cached: Dataset | undefined;

/**
 * The validated dataset, read from disk once per process. Invalid data throws with every
 * problem listed, so `next build` fails the same way `npm run validate` does.
 */
export function getDataset(): Dataset {
  if (!cached) {
    const { dataset, problems } = loadDataDir(dataDir());
    if (!dataset) {
      throw new Error(`Invalid data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map(formatProblem).join("\n")}`);
    }
    cached = dataset;
  }
  return cached;
}

export const getCalls = () => getDataset().calls;
export const getCall = (id: string) => getDataset().callById.get(id);
export const getPerson = (id: string) => getDataset().personById.get(id);
export const getCountry = (code: string) => getDataset().countryByCode.get(code);
export const getEvents = () => getDataset().events;

/** The ids of the calls the build prerenders: the newest `limit`. */
export const getPrerenderedCallIds = (limit: number) =>
  getDataset()
    .calls.slice(-limit)
    .map((call) => ({ id: call.id }));
