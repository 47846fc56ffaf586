import { z } from "zod";
import { zReplyHeader } from "@/server/integrations/agencies/common";
import { connectors } from "@/server/integrations/agencies/connectors";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";

const HEADER_KEYS = new Set(Object.keys(zReplyHeader.shape));

/** One value of the contract written out for a person to copy: dates as YYYY-MM-DD, a choice as its options. */
function example(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodObject)
    return Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, v]) => [k, example(v)]),
    );
  if (schema instanceof z.ZodArray) return [example(schema.element as z.ZodType)];
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return example(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodEnum) return (schema.options as string[]).join(" | ");
  if (schema instanceof z.ZodLiteral) return schema.value;
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodNumber) return 0;
  const format = (schema as { format?: string | null }).format;
  if (format === "date") return "YYYY-MM-DD";
  return "";
}

/**
 * What the manual-entry form starts from for one agency: the body of its reply contract with every list empty
 * (the person and period are the server's), and one example row of each list to copy from. Derived from the
 * contract itself, so a contract change changes the form.
 */
export function manualEntryTemplate(agency: AgencyCode): { body: string; rowExamples: string } {
  const reply = connectors[agency].reply;
  if (!(reply instanceof z.ZodObject)) return { body: "{}", rowExamples: "" };
  const body: Record<string, unknown> = {};
  const rows: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(reply.shape as Record<string, z.ZodType>)) {
    if (HEADER_KEYS.has(key)) continue;
    if (value instanceof z.ZodArray) {
      body[key] = [];
      rows[key] = example(value.element as z.ZodType);
    } else body[key] = example(value);
  }
  return {
    body: JSON.stringify(body, null, 2),
    rowExamples: Object.keys(rows).length > 0 ? JSON.stringify(rows, null, 2) : "",
  };
}
