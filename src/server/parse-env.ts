import type { z } from "zod";

/** Per schema, the raw values it last read and what they parsed to. */
const lastParsed = new WeakMap<object, { raw: string; value: unknown }>();

/**
 * Validates a group of environment variables, failing with every problem named (never a value: some are
 * secrets). Called when a setting is first needed, not at import, because `next build` loads server modules
 * without the runtime environment. The variables are read on every call, so tests and tools may set them before
 * any use; the schema runs again only when one of them changed (it ran for every notice and bank call:
 * `z.url()` parses each URL, about a millisecond of CPU an application).
 */
export function parseEnv<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
  source: NodeJS.ProcessEnv,
  what: string,
): z.infer<z.ZodObject<S>> {
  const raw = JSON.stringify(Object.keys(schema.shape).map((key) => source[key] ?? null));
  const last = lastParsed.get(schema);
  if (last?.raw === raw) return last.value as z.infer<z.ZodObject<S>>;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid ${what}: ${problems}`);
  }
  lastParsed.set(schema, { raw, value: parsed.data });
  return parsed.data;
}
