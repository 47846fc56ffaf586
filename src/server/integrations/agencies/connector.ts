import type { z } from "zod";
import type { AgencyFactsFragment, FactSource } from "./agency-facts";
import type { AgencyCode, AgencyScope } from "./catalogue";

export interface MappingContext {
  /** The FIN the request was made for: the member, or the representative for a household service. */
  fin: string;
  /** The 12 whole calendar months counted for income, as `YYYY-MM`, oldest first. */
  months: readonly string[];
}

/**
 * One agency service: what it is asked for (the purpose is sent with every request and kept in the audit
 * row), the contract its reply must satisfy, and how a valid reply becomes decision-engine facts.
 */
export interface AgencyConnector<Schema extends z.ZodType = z.ZodType> {
  code: AgencyCode;
  name: string;
  purpose: string;
  scope: AgencyScope;
  reply: Schema;
  map: (reply: z.infer<Schema>, ctx: MappingContext) => AgencyFactsFragment;
}

export function defineConnector<Schema extends z.ZodType>(c: AgencyConnector<Schema>): AgencyConnector<Schema> {
  return c;
}

export function sourceOf(code: AgencyCode): FactSource {
  return `AGENCY:${code}`;
}

/** Keeps only amounts of the counted months; agencies may answer with a wider window than asked. */
export function inPeriod<T extends { month: string }>(rows: readonly T[], months: readonly string[]): T[] {
  const wanted = new Set(months);
  return rows.filter((r) => wanted.has(r.month));
}
