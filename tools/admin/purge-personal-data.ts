// `npm run -s retention:purge [-- --dry-run]`: the nightly purge of personal data past its period (the Inngest
// function purge-personal-data), run by hand — after restoring a backup older than the periods, or when the
// ministry asks for it. `--dry-run` only counts. Idempotent: running it twice removes nothing more.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../src/server/db/create-client";
import { purgeExpiredPersonalData } from "../../src/server/services/retention/purge-expired-personal-data";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
const db = createPrismaClient(url, 1);
try {
  const counts = await purgeExpiredPersonalData(db, { now: new Date(), dryRun: values["dry-run"] });
  console.info(
    `${values["dry-run"] ? "would remove" : "removed"}: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
} finally {
  await db.$disconnect();
}
