import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import { purgeExpiredPersonalData } from "@/server/services/retention/purge-expired-personal-data";

/**
 * Every night at 03:30 in Baku, when nobody applies: the personal data past its period is deleted or emptied
 * (src/server/services/retention; docs/operations.md, "Retention of personal data"). One step: the purge is
 * idempotent, so a retried step finishes what a failed one left.
 */
export const purgePersonalData = inngest.createFunction(
  { id: "purge-personal-data", retries: 3, triggers: [{ cron: "TZ=Asia/Baku 30 3 * * *" }] },
  async ({ step }) =>
    step.run("purge-expired-personal-data", () => purgeExpiredPersonalData(getDb(), { now: new Date() })),
);
