import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import { pruneSecurityRecords } from "@/server/services/security/prune-security-records";

/** Every hour: old rate-limit windows and spent unlock links (src/server/services/security). */
export const pruneSecurityRecordsHourly = inngest.createFunction(
  { id: "prune-security-records", retries: 3, triggers: [{ cron: "17 * * * *" }] },
  async ({ step }) => step.run("prune", () => pruneSecurityRecords(getDb(), new Date())),
);
