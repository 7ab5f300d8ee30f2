import { z } from "zod";
import { countryCode, text } from "./common";

export const countrySchema = z.strictObject({
  code: countryCode,
  name: text,
  /** The adjective used in sentences such as "No Iranian readout reported". */
  adjective: text,
  region: text,
});

export const countriesFileSchema = z.array(countrySchema);

export type Country = z.infer<typeof countrySchema>;
