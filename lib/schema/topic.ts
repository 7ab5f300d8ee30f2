import { z } from "zod";
import { slug, text } from "./common";

export const topicSchema = z.strictObject({
  id: slug,
  label: text,
  description: text,
});

export const topicsFileSchema = z.array(topicSchema);

export type Topic = z.infer<typeof topicSchema>;
