import "server-only";
import { z } from "zod";
import { parseEnv } from "@/server/parse-env";

// Read on each call so that tests and tools can set the variables first; secrets come only from the environment.
const BankEnv = z.object({
  BANK_API_BASE_URL: z.url(),
  BANK_API_KEY: z.string().min(8),
  /** Shared with the bank; signs its callbacks (HMAC-SHA256, see docs/notifications-and-bank.md). */
  BANK_CALLBACK_SECRET: z.string().min(16),
  APP_BASE_URL: z.url(),
  /** How long one account-opening request may take before it counts as a timeout and is retried. */
  BANK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Attempts before an order counts as failed for good and a person must look at it. */
  BANK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
});
export type BankConfig = z.infer<typeof BankEnv>;

export function bankConfig(source: NodeJS.ProcessEnv = process.env): BankConfig {
  return parseEnv(BankEnv, source, "bank settings");
}

export const bankCallbackUrl = (config: Pick<BankConfig, "APP_BASE_URL">): string =>
  `${config.APP_BASE_URL.replace(/\/+$/, "")}/api/webhooks/bank`;
