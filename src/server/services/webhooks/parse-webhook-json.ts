import type { z } from "zod";
import { controlCharacterPath } from "@/kernel/control-characters";
import { AppError } from "@/server/errors";

/**
 * A callback's JSON body, checked against its contract. Only called once the signature over the raw bytes has
 * been verified; anything malformed is the caller's 4xx, never a 500. A NUL or other control character in any
 * string or key is refused before the contract, so no schema has to remember it (PostgreSQL would throw on NUL).
 */
export function parseWebhookJson<T>(rawBody: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new AppError("invalidInput", { field: "body" });
  }
  if (controlCharacterPath(json) !== null) throw new AppError("invalidInput", { field: "body" });
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError("invalidInput", { field: "body" });
  return parsed.data;
}
