/**
 * The monthly payroll's database half for N running assignments (default 100,000): selecting the payable months
 * and recording one payment order each (`recordPayrollOrders`), as a ratio to a bulk INSERT … SELECT of the same
 * rows into a copy of the table with its unique key and foreign keys, measured in the same run (goal ≤ 3×). Each
 * assignment has 3 months: one already ordered, the payroll month and the next, so the selection has rows to pass
 * over. Run:
 *   npx tsx bench/payroll.ts [--count 100000]
 * Needs PostgreSQL (TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres). Asserts no timing.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

// The app's server modules import "server-only", which only the react-server condition lets through.
if (!process.execArgv.some((a) => a.includes("react-server"))) {
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", import.meta.filename, ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
}

const { values } = parseArgs({
  options: { count: { type: "string", default: "100000" }, variant: { type: "string", default: "" } },
});
const count = Number(values.count);
// Exploration only: schema changes tried before one goes into a migration.
const VARIANTS: Record<string, string[]> = {
  "": [],
  partial: [
    'DROP INDEX "MonthlyEntitlement_month_status_idx"',
    'CREATE INDEX "MonthlyEntitlement_planned_month_idx" ON "MonthlyEntitlement" ("month") WHERE "status" = \'PLANNED\'',
  ],
  nomonth: [],
  hot: ['DROP INDEX "MonthlyEntitlement_month_status_idx"', 'ALTER TABLE "MonthlyEntitlement" SET (fillfactor = 80)'],
};

async function main() {
  const [
    { freshDatabase },
    { assertSucceeded, runPrisma },
    { createPrismaClient },
    { seedReference },
    { recordPayrollOrders },
  ] = await Promise.all([
    import("../tests/support/fresh-database"),
    import("../tests/support/prisma-cli"),
    import("@/server/db/create-client"),
    import("../tests/support/seed-reference"),
    import("@/server/services/payments/record-payroll-orders"),
  ]);
  const database = await freshDatabase("bench_payroll");
  assertSucceeded(await runPrisma(["migrate", "deploy"], database.url), "prisma migrate deploy");
  const db = createPrismaClient(database.url);
  try {
    await seedReference(db);
    const applicant = await db.user.create({ data: { role: "CITIZEN", fin: "BENCH01", name: "Bench Applicant" } });
    // N assigned families with an open card account and 3 months each, written in bulk.
    const setup = `
      INSERT INTO "Application" ("id", "status", "applicantId", "districtCode", "updatedAt")
        SELECT 'a' || g, 'ASSIGNED', '${applicant.id}', 'BAK-NASIMI', now() FROM generate_series(1, ${count}) g;
      INSERT INTO "Decision" ("id", "applicationId", "outcome", "amountQepik", "reasons", "rulesChecked", "decidedBy", "final")
        SELECT 'd' || g, 'a' || g, 'ASSIGN', 10000 + g % 50000, '[]', '[]', 'SYSTEM', true FROM generate_series(1, ${count}) g;
      INSERT INTO "BankAccountOrder" ("id", "applicationId", "decisionId", "idempotencyKey", "status")
        SELECT 'b' || g, 'a' || g, 'd' || g, 'k' || g, 'OPENED' FROM generate_series(1, ${count}) g;
      INSERT INTO "MonthlyEntitlement" ("id", "applicationId", "decisionId", "month", "amountQepik", "status", "updatedAt")
        SELECT 'e' || g || '-' || m, 'a' || g, 'd' || g, make_date(2026, 3 + m, 1), 10000 + g % 50000,
               (CASE WHEN m = 0 THEN 'ORDERED' ELSE 'PLANNED' END)::"EntitlementStatus", now()
        FROM generate_series(1, ${count}) g, generate_series(0, 2) m;
      ANALYZE;
      CREATE TABLE "PaymentOrderCopy" (LIKE "PaymentOrder" INCLUDING ALL);
      CREATE TABLE "PaymentOrderBare" (LIKE "PaymentOrder" INCLUDING ALL);
      ALTER TABLE "PaymentOrderCopy" ADD FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE;
      ALTER TABLE "PaymentOrderCopy" ADD FOREIGN KEY ("entitlementId") REFERENCES "MonthlyEntitlement" ("id")`;
    // One statement per call: the driver prepares each, and a prepared statement holds one command.
    for (const sql of VARIANTS[values.variant ?? ""] ?? []) await db.$executeRawUnsafe(sql);
    for (const sql of setup.split(";")) await db.$executeRawUnsafe(sql);

    const now = new Date("2026-04-01T05:00:00Z");
    if (process.env.PAYROLL_EXPLAIN) {
      await db
        .$transaction(async (tx) => {
          const plan = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
            `EXPLAIN (ANALYZE, BUFFERS) ${process.env.PAYROLL_EXPLAIN}`,
          );
          console.info(plan.map((r) => r["QUERY PLAN"]).join("\n"));
          throw new Error("rolled back");
        })
        .catch(() => undefined);
    }
    // The baseline is the same rows into a copy with the real table's keys: its unique key and its two foreign keys
    // (`LIKE … INCLUDING ALL` copies no foreign key, so they are added). The bare copy is printed for comparison
    // with the earlier figures.
    const bulkInsert = async (table: string) => {
      const t = performance.now();
      await db.$executeRawUnsafe(`
        INSERT INTO "${table}" ("id", "applicationId", "kind", "entitlementId", "amountQepik", "idempotencyKey", "status", "payrollMonth", "createdAt")
          SELECT 'pay-' || e."id", e."applicationId", 'MONTHLY', e."id", e."amountQepik", 'payment-' || e."id", 'PENDING', e."month", now()
          FROM "MonthlyEntitlement" e WHERE e."month" = DATE '2026-04-01'`);
      return performance.now() - t;
    };
    const bareMs = await bulkInsert("PaymentOrderBare");
    const baselineMs = await bulkInsert("PaymentOrderCopy");
    const t1 = performance.now();
    // `--variant nomonth` measures the candidate that leaves the month row alone (the orders' unique key only).
    const recorded =
      values.variant === "nomonth"
        ? await db.$executeRaw`
            INSERT INTO "PaymentOrder" ("id", "applicationId", "kind", "entitlementId", "amountQepik", "idempotencyKey", "status", "createdAt")
            SELECT 'pay-' || e."id", e."applicationId", 'MONTHLY', e."id", e."amountQepik", 'payment-' || e."id", 'PENDING', ${now}
            FROM "MonthlyEntitlement" e
            WHERE e."status" = 'PLANNED' AND e."month" <= DATE '2026-04-01'
              AND EXISTS (SELECT 1 FROM "BankAccountOrder" b WHERE b."applicationId" = e."applicationId" AND b."status" = 'OPENED')
            ON CONFLICT ("idempotencyKey") DO NOTHING`
        : await recordPayrollOrders(db, { month: "2026-04", now });
    const payrollMs = performance.now() - t1;
    if (recorded !== count) throw new Error(`expected ${count} payment orders, recorded ${recorded}`);
    // How many of the months' updates were HOT (no index entry written): the statistics arrive asynchronously,
    // so this reads the transaction-local counters flushed by pg_stat_force_next_flush where available.
    await db.$executeRawUnsafe("SELECT pg_stat_force_next_flush()").catch(() => undefined);
    const [hot] = await db.$queryRawUnsafe<{ upd: bigint; hot: bigint }[]>(
      `SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'MonthlyEntitlement'`,
    );

    console.info(`payroll for ${count} assignments: ${recorded} payment orders`);
    console.info(`bulk INSERT baseline (unique key and foreign keys): 1.00 (${baselineMs.toFixed(0)} ms)`);
    console.info(`bulk INSERT into a copy without foreign keys: ${(bareMs / baselineMs).toFixed(2)}×`);
    console.info(
      `payroll (select payable + record orders + mark months): ${(payrollMs / baselineMs).toFixed(2)}× the baseline (goal ≤ 3×), ${(payrollMs / bareMs).toFixed(2)}× the copy without foreign keys`,
    );
    console.info(`months updated: ${hot?.upd ?? 0}, of which HOT: ${hot?.hot ?? 0}`);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
