import { readFileSync } from "node:fs";
import { z } from "zod";
import { AGENCY_CODES, agencyEnvKey, type AgencyCode } from "./catalogue";

/** Client TLS material for mutual TLS with the gateway; each is PEM text. */
export interface TlsMaterial {
  cert?: string;
  key?: string;
  ca?: string;
}

export interface AgencyEndpoint {
  baseUrl: string;
  token: string | null;
  timeoutMs: number;
  tls: TlsMaterial;
}

export interface AgencyGatewayConfig {
  endpoints: Record<AgencyCode, AgencyEndpoint>;
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  breaker: { failureThreshold: number; openMs: number };
  /** Requests one process has open to one agency at once; the rest queue (the queue does not count as timeout). */
  maxInFlight: number;
  /** Replies larger than this are refused as malformed rather than buffered. */
  maxReplyBytes: number;
}

const zUrl = z.url({ protocol: /^https?$/ });
const zPositiveInt = z.coerce.number().int().positive();

const zGatewayEnv = z.object({
  NODE_ENV: z.string().optional(),
  AGENCY_GATEWAY_BASE_URL: zUrl.optional(),
  AGENCY_GATEWAY_TOKEN: z.string().min(1).optional(),
  AGENCY_GATEWAY_CERT: z.string().min(1).optional(),
  AGENCY_GATEWAY_KEY: z.string().min(1).optional(),
  AGENCY_GATEWAY_CA: z.string().min(1).optional(),
  AGENCY_TIMEOUT_MS: zPositiveInt.default(5_000),
  AGENCY_RETRY_ATTEMPTS: zPositiveInt.max(10).default(3),
  AGENCY_RETRY_BASE_MS: zPositiveInt.default(200),
  AGENCY_RETRY_MAX_MS: zPositiveInt.default(5_000),
  AGENCY_BREAKER_FAILURES: zPositiveInt.default(5),
  AGENCY_BREAKER_OPEN_MS: zPositiveInt.default(30_000),
  AGENCY_MAX_REPLY_BYTES: zPositiveInt.default(2_000_000),
  AGENCY_MAX_IN_FLIGHT: zPositiveInt.default(32),
});

const zAgencyEnv = z.object({
  BASE_URL: zUrl.optional(),
  TOKEN: z.string().min(1).optional(),
  TIMEOUT_MS: zPositiveInt.optional(),
  CERT: z.string().min(1).optional(),
  KEY: z.string().min(1).optional(),
  CA: z.string().min(1).optional(),
});

/** The embedded default: the simulator on loopback, so a fresh checkout runs without configuration. */
const DEV_BASE_URL = "http://127.0.0.1:8040";

/** A TLS value is PEM text itself, or the path of a file holding it (what secret mounts usually give). */
function pem(value: string | undefined, readFile: (path: string) => string): string | undefined {
  if (value === undefined) return undefined;
  return value.trimStart().startsWith("-----BEGIN") ? value : readFile(value);
}

/**
 * Reads the gateway configuration: one base URL, token and certificate set for the whole gateway, each
 * overridable per agency as AGENCY_<CODE>_BASE_URL / _TOKEN / _TIMEOUT_MS / _CERT / _KEY / _CA.
 */
export function loadAgencyGatewayConfig(
  env: Record<string, string | undefined> = process.env,
  readFile: (path: string) => string = (p) => readFileSync(p, "utf8"),
): AgencyGatewayConfig {
  const g = zGatewayEnv.parse(env);
  const endpoints = {} as Record<AgencyCode, AgencyEndpoint>;
  for (const code of AGENCY_CODES) {
    const prefix = `AGENCY_${agencyEnvKey(code)}_`;
    const a = zAgencyEnv.parse({
      BASE_URL: env[`${prefix}BASE_URL`],
      TOKEN: env[`${prefix}TOKEN`],
      TIMEOUT_MS: env[`${prefix}TIMEOUT_MS`],
      CERT: env[`${prefix}CERT`],
      KEY: env[`${prefix}KEY`],
      CA: env[`${prefix}CA`],
    });
    const baseUrl = a.BASE_URL ?? g.AGENCY_GATEWAY_BASE_URL ?? (g.NODE_ENV === "production" ? undefined : DEV_BASE_URL);
    if (!baseUrl) throw new Error(`No base URL for agency ${code}: set AGENCY_GATEWAY_BASE_URL or ${prefix}BASE_URL`);
    const tls: TlsMaterial = {
      cert: pem(a.CERT ?? g.AGENCY_GATEWAY_CERT, readFile),
      key: pem(a.KEY ?? g.AGENCY_GATEWAY_KEY, readFile),
      ca: pem(a.CA ?? g.AGENCY_GATEWAY_CA, readFile),
    };
    if ((tls.cert === undefined) !== (tls.key === undefined))
      throw new Error(`Agency ${code}: a client certificate needs both CERT and KEY`);
    endpoints[code] = {
      baseUrl: baseUrl.replace(/\/+$/, ""),
      token: a.TOKEN ?? g.AGENCY_GATEWAY_TOKEN ?? null,
      timeoutMs: a.TIMEOUT_MS ?? g.AGENCY_TIMEOUT_MS,
      tls,
    };
  }
  return {
    endpoints,
    retry: {
      maxAttempts: g.AGENCY_RETRY_ATTEMPTS,
      baseDelayMs: g.AGENCY_RETRY_BASE_MS,
      maxDelayMs: g.AGENCY_RETRY_MAX_MS,
    },
    breaker: { failureThreshold: g.AGENCY_BREAKER_FAILURES, openMs: g.AGENCY_BREAKER_OPEN_MS },
    maxReplyBytes: g.AGENCY_MAX_REPLY_BYTES,
    maxInFlight: g.AGENCY_MAX_IN_FLIGHT,
  };
}
