import type { z } from "zod";

/**
 * Validates a group of environment variables, failing with every problem named (never a value: some are
 * secrets). Called when a setting is first needed, not at import, because `next build` loads server modules
 * without the runtime environment.
 */
export function parseEnv<T>(schema: z.ZodType<T>, source: NodeJS.ProcessEnv, what: string): T {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid ${what}: ${problems}`);
  }
  return parsed.data;
}
