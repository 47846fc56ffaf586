import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { faultsFromEnv, latencyFromEnv } from "./faults";
import { PLACEHOLDER_DISTRICTS, toSimDistricts, type SimDistrict } from "./population/districts";
import { DEFAULT_FAMILY_COUNT, DEFAULT_SEED, startAgencySimulator } from "./start-agency-simulator";

/**
 * The agency simulator as its own process (started by the one-command start): `npx tsx tools/agency-sim/main.ts`.
 * Configuration: see docs/agencies.md.
 */
const env = z
  .object({
    AGENCY_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(8040),
    AGENCY_SIM_HOST: z.string().default("127.0.0.1"),
    AGENCY_SIM_SEED: z.coerce.number().int().default(DEFAULT_SEED),
    AGENCY_SIM_FAMILIES: z.coerce.number().int().min(1).max(10_000_000).default(DEFAULT_FAMILY_COUNT),
    AGENCY_SIM_TOKEN: z.string().min(1).optional(),
    AGENCY_SIM_HANG_MS: z.coerce.number().int().min(0).default(60_000),
  })
  .parse(process.env);

/** The lead's district seed when it exists; the placeholder list until then. */
async function loadDistricts(): Promise<readonly SimDistrict[]> {
  const file = path.resolve(import.meta.dirname, "../../prisma/seed-data/districts.ts");
  if (!existsSync(file)) return PLACEHOLDER_DISTRICTS;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const rows = mod.districts ?? mod.DISTRICTS ?? mod.default ?? Object.values(mod).find(Array.isArray);
  return toSimDistricts(rows);
}

const started = Date.now();
const sim = await startAgencySimulator({
  port: env.AGENCY_SIM_PORT,
  host: env.AGENCY_SIM_HOST,
  seed: env.AGENCY_SIM_SEED,
  familyCount: env.AGENCY_SIM_FAMILIES,
  districts: await loadDistricts(),
  latencyMs: latencyFromEnv(process.env),
  faults: faultsFromEnv(process.env),
  token: env.AGENCY_SIM_TOKEN,
  hangMs: env.AGENCY_SIM_HANG_MS,
});
console.log(
  `agency simulator: ${sim.url} (seed ${env.AGENCY_SIM_SEED}, ${env.AGENCY_SIM_FAMILIES} families, ready in ${Date.now() - started} ms)`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    void sim.stop().then(() => process.exit(0));
  });
