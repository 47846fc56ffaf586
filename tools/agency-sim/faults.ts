import { z } from "zod";
import { AGENCY_CODES, type AgencyCode } from "@/server/integrations/agencies/catalogue";

const zRate = z.number().min(0).max(1);
export const zAgencyFaults = z.object({
  timeoutRate: zRate.optional(),
  errorRate: zRate.optional(),
  malformedRate: zRate.optional(),
  down: z.boolean().optional(),
});
/** Fault injection for one run: rates apply to every agency unless perAgency says otherwise. */
export const zSimFaults = zAgencyFaults.extend({
  down: z.array(z.enum(AGENCY_CODES)).optional(),
  perAgency: z.partialRecord(z.enum(AGENCY_CODES), zAgencyFaults).optional(),
});
export type SimFaults = z.infer<typeof zSimFaults>;

export type FaultDecision = "none" | "down" | "timeout" | "error" | "malformed";

export function decideFault(faults: SimFaults, agency: AgencyCode, random: () => number): FaultDecision {
  const own = faults.perAgency?.[agency] ?? {};
  if (own.down ?? faults.down?.includes(agency)) return "down";
  const r = random();
  const timeout = own.timeoutRate ?? faults.timeoutRate ?? 0;
  const error = own.errorRate ?? faults.errorRate ?? 0;
  const malformed = own.malformedRate ?? faults.malformedRate ?? 0;
  if (r < timeout) return "timeout";
  if (r < timeout + error) return "error";
  if (r < timeout + error + malformed) return "malformed";
  return "none";
}

/** Three ways an agency breaks its contract, used in turn: not JSON, a wrong type, a field missing. */
export function malform(reply: Record<string, unknown>, variant: number): string {
  switch (variant % 3) {
    case 0:
      return JSON.stringify(reply).slice(0, 40);
    case 1:
      return JSON.stringify({ ...reply, periodFrom: 20250101 });
    default: {
      const key = Object.keys(reply).find((k) => !["fin", "periodFrom", "periodTo"].includes(k));
      const copy = { ...reply };
      if (key) delete copy[key];
      return JSON.stringify(copy);
    }
  }
}

/** AGENCY_SIM_* variables → faults and latency (see docs/agencies.md). */
export function faultsFromEnv(env: Record<string, string | undefined>): SimFaults {
  const rate = (name: string) => (env[name] === undefined ? undefined : zRate.parse(Number(env[name])));
  const perAgency: SimFaults["perAgency"] = {};
  for (const code of AGENCY_CODES) {
    const key = code.toUpperCase().replace(/-/g, "_");
    const own = {
      timeoutRate: rate(`AGENCY_SIM_TIMEOUT_RATE_${key}`),
      errorRate: rate(`AGENCY_SIM_ERROR_RATE_${key}`),
      malformedRate: rate(`AGENCY_SIM_MALFORMED_RATE_${key}`),
    };
    if (Object.values(own).some((v) => v !== undefined)) perAgency[code] = own;
  }
  const down = (env.AGENCY_SIM_DOWN ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return zSimFaults.parse({
    timeoutRate: rate("AGENCY_SIM_TIMEOUT_RATE"),
    errorRate: rate("AGENCY_SIM_ERROR_RATE"),
    malformedRate: rate("AGENCY_SIM_MALFORMED_RATE"),
    down,
    perAgency,
  });
}

export function latencyFromEnv(
  env: Record<string, string | undefined>,
): Partial<Record<AgencyCode | "default", number>> {
  const out: Partial<Record<AgencyCode | "default", number>> = {};
  const ms = (v: string | undefined) => (v === undefined ? undefined : z.coerce.number().int().min(0).parse(v));
  const all = ms(env.AGENCY_SIM_LATENCY_MS);
  if (all !== undefined) out.default = all;
  for (const code of AGENCY_CODES) {
    const own = ms(env[`AGENCY_SIM_LATENCY_MS_${code.toUpperCase().replace(/-/g, "_")}`]);
    if (own !== undefined) out[code] = own;
  }
  return out;
}
