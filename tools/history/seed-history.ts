// Fills a database with a realistic programme year so the reports can be tried and measured:
//   DATABASE_URL=postgresql://… npm run -s seed:history -- --applications 100000 [--seed 0.42] [--replace]
// Applications over the last 365 days in every district, with statuses, first final decisions (dates, outcomes,
// amounts, refusal grounds), home visits (some missed and visited again), appeals and their answers, monthly
// entitlements and the bank's credited payments. Everything is written by a few set-based SQL statements, so 100,000
// applications take well under a minute. Rows it writes have ids starting `h_`; `--replace` removes them first.
// The reference data (districts, law, demo staff) is seeded as `npm run db:seed` does; districts without inspectors
// or a supervisor get history-only accounts (no password: they cannot sign in).
import { parseArgs } from "node:util";
import pg from "pg";
import { bakuDate } from "@/kernel/calendar-date";
import { createPrismaClient } from "../../src/server/db/create-client";
import { addDays } from "@/kernel/calendar-date";
import { loadHolidayCalendar } from "../../src/server/services/law/law-data";
import { workingDayTable } from "../../src/server/services/reports/read-programme-report";
import type { WorkingDayTable } from "../../src/server/services/reports/report-queries";
import { seedDistricts } from "../../prisma/seed/seed-districts";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { seedDemoStaff } from "../../prisma/seed/seed-staff";

const { values: args } = parseArgs({
  options: {
    applications: { type: "string", default: "100000" },
    seed: { type: "string", default: "0.42" },
    replace: { type: "boolean", default: false },
  },
});
const count = Number(args.applications);
const seed = Number(args.seed);
if (!Number.isInteger(count) || count < 1 || count > 2_000_000)
  throw new Error("--applications must be a whole number from 1 to 2,000,000");
if (!(seed >= -1 && seed <= 1)) throw new Error("--seed must be a number from -1 to 1");
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");

/** Refusal grounds and how often they come first (shares add up to 1), after the engine's own reason codes. */
const GROUNDS: [string, number][] = [
  ["INCOME_AT_OR_ABOVE_THRESHOLD", 0.45],
  ["DECLARATION_MISMATCH", 0.15],
  ["MOTOR_VEHICLE", 0.1],
  ["HIGH_UTILITY_COSTS", 0.08],
  ["MULTIPLE_REAL_ESTATE_SAME_PURPOSE", 0.06],
  ["LARGE_TRANSACTION", 0.05],
  ["JOB_OFFERS_REFUSED", 0.04],
  ["LOW_INCOME_NOT_BEYOND_CONTROL", 0.04],
  ["NO_COUNTED_MEMBERS", 0.02],
  ["FALSE_INFORMATION_BAR", 0.01],
];

const started = performance.now();
const step = (label: string) =>
  console.info(`seed:history ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${label}`);

const prisma = createPrismaClient(url, 2);
let wd: WorkingDayTable;
const today = bakuDate(new Date());
const firstDay = addDays(today, -365);
try {
  await seedDistricts(prisma);
  await seedLawData(prisma);
  await seedDemoStaff(prisma);
  const calendar = await loadHolidayCalendar(prisma, Number(firstDay.slice(0, 4)), Number(today.slice(0, 4)) + 1);
  wd = workingDayTable(firstDay, addDays(today, 60), calendar);
  step("reference data and the working-day calendar");
} finally {
  await prisma.$disconnect();
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const q = (sql: string, values: unknown[] = []) => client.query(sql, values);
try {
  const existing = (await q(`SELECT count(*)::int AS n FROM "Application" WHERE id LIKE 'h\\_%'`)).rows[0] as {
    n: number;
  };
  if (existing.n > 0 && !args.replace)
    throw new Error(
      `the database already has ${existing.n} history applications: run with --replace to write them anew`,
    );
  await q("BEGIN");
  if (existing.n > 0) {
    for (const table of ["Appeal", "PaymentOrder", "MonthlyEntitlement", "Inspection", "Decision"])
      await q(`DELETE FROM "${table}" WHERE id LIKE 'h\\_%'`);
    await q(`DELETE FROM "Application" WHERE id LIKE 'h\\_%'`);
    await q(`DELETE FROM "User" WHERE id LIKE 'h\\_%'`);
    step(`removed ${existing.n} earlier history applications`);
  }
  await q("SELECT setseed($1)", [seed]);

  // Staff for every district: two inspectors and a supervisor where the demo staff has none.
  await q(`
    INSERT INTO "User" (id, role, email, name, "districtCode", "dailyInspectionCapacity", active, "createdAt", "updatedAt")
    SELECT 'h_s' || lower(d.code) || '_' || k, 'INSPECTOR', 'inspector' || k || '.' || lower(d.code) || '@history.vemtas.local',
           'Müfəttiş ' || k || ' (' || d."nameAz" || ')', d.code, 5, true, now(), now()
    FROM "District" d CROSS JOIN generate_series(1, 2) AS k
    WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."districtCode" = d.code AND u.role = 'INSPECTOR')`);
  await q(`
    INSERT INTO "User" (id, role, email, name, "districtCode", active, "createdAt", "updatedAt")
    SELECT 'h_s' || lower(d.code) || '_sup', 'SUPERVISOR', 'supervisor.' || lower(d.code) || '@history.vemtas.local', 'Rəhbər (' || d."nameAz" || ')', d.code, true, now(), now()
    FROM "District" d WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."districtCode" = d.code AND u.role = 'SUPERVISOR')`);
  await q(
    `CREATE TEMP TABLE h_district AS SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS k FROM "District"`,
  );
  await q(`CREATE TEMP TABLE h_inspector AS SELECT "districtCode" AS district, id, (row_number() OVER (PARTITION BY "districtCode" ORDER BY id) - 1)::int AS k,
           count(*) OVER (PARTITION BY "districtCode")::int AS n FROM "User" WHERE role = 'INSPECTOR' AND active`);
  await q(
    `CREATE TEMP TABLE h_wd AS SELECT * FROM unnest($1::date[], $2::int[], $3::boolean[]) AS t(day, n, working)`,
    [wd.days, wd.ordinals, wd.working],
  );
  await q(`CREATE INDEX ON h_wd (n) WHERE working`);
  await q(`CREATE UNIQUE INDEX ON h_wd (day)`);
  await q(
    `CREATE TEMP TABLE h_ground AS SELECT code, coalesce(sum(share) OVER (ORDER BY ord ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS lo, sum(share) OVER (ORDER BY ord) AS hi
           FROM unnest($1::text[], $2::float8[]) WITH ORDINALITY AS g(code, share, ord)`,
    [GROUNDS.map((g) => g[0]), GROUNDS.map((g) => g[1])],
  );

  // One row per application with every random draw it needs, then its dates and status.
  await q(
    `
    CREATE TEMP TABLE h_app AS
    WITH base AS (
      SELECT i, floor(random() * (SELECT count(*) FROM h_district))::int AS dk,
             ($2::date - 1 - floor(random() * 365)::int) AS app_date,
             random() AS r_status, random() AS r_outcome, random() AS r_days, random() AS r_insp, random() AS r_insp2,
             random() AS r_appeal, random() AS r_appeal2, random() AS r_amount, random() AS r_ground, random() AS r_ground2, random() AS r_time
      FROM generate_series(1, $1::int) AS i
    ),
    timed AS (
      SELECT b.*, d.code AS district,
             -- Decisions come 2 to 30 days after the application, most within three weeks; staff decide on weekdays.
             (b.app_date + 2 + floor(b.r_days * b.r_days * 28)::int) AS raw_decided
      FROM base b JOIN h_district d ON d.k = b.dk
    )
    SELECT t.*, 
           t.raw_decided + CASE extract(isodow FROM t.raw_decided) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS decided_day,
           t.r_status < 0.04 AS withdrawn
    FROM timed t`,
    [count, today],
  );
  await q(
    `ALTER TABLE h_app ADD COLUMN decided boolean, ADD COLUMN outcome text, ADD COLUMN status text, ADD COLUMN due date, ADD COLUMN decided_at timestamp`,
  );
  await q(
    `
    UPDATE h_app SET
      decided = NOT withdrawn AND decided_day < $1::date,
      outcome = CASE WHEN r_outcome < 0.42 THEN 'ASSIGN' ELSE 'REFUSE' END,
      decided_at = decided_day + interval '5 hours' + r_time * interval '8 hours',
      due = (SELECT min(w2.day) FROM h_wd w1 JOIN h_wd w2 ON w2.n = w1.n + 15 AND w2.working WHERE w1.day = h_app.app_date)`,
    [today],
  );
  await q(
    `
    UPDATE h_app SET status = CASE
      WHEN withdrawn THEN 'WITHDRAWN'
      WHEN decided AND outcome = 'ASSIGN' THEN 'ASSIGNED'
      WHEN decided THEN 'REFUSED'
      WHEN $1::date - app_date < 2 THEN 'SUBMITTED'
      WHEN $1::date - app_date < 6 THEN 'INSPECTION_SCHEDULED'
      WHEN $1::date - app_date < 10 THEN 'DATA_COLLECTED'
      ELSE 'AWAITING_REVIEW' END`,
    [today],
  );
  step(`drew ${count} applications`);

  await q(`
    INSERT INTO "User" (id, role, fin, name, locale, active, "createdAt", "updatedAt")
    SELECT 'h_u' || i, 'CITIZEN', 'H' || lpad(upper(to_hex(i)), 6, '0'), 'Tarixçə ailəsi ' || i, 'az', true, app_date::timestamp, app_date::timestamp FROM h_app`);
  await q(`
    INSERT INTO "Application" (id, "registrationNumber", status, "applicantId", "districtCode", address, "preferredChannel", locale, "draftVersion",
                               "consentGivenAt", "submittedAt", "applicationDate", "decisionDueOn", "withdrawnAt", "createdAt", "updatedAt")
    SELECT 'h_a' || i, 'VEM-H-' || lpad(i::text, 7, '0'), status::"ApplicationStatus", 'h_u' || i, district, 'Tarixçə ünvanı ' || i, 'SMS', 'az', 1,
           app_date + interval '6 hours', app_date + interval '6 hours', app_date, due,
           CASE WHEN withdrawn THEN app_date + interval '3 days' END, app_date + interval '5 hours', app_date + interval '6 hours'
    FROM h_app`);
  step("applications and their applicants");

  await q(`
    INSERT INTO "Decision" (id, "applicationId", outcome, "memberCount", "criterionQepik", "incomeQepik", "amountQepik", "periodFrom", "periodTo",
                            reasons, "rulesChecked", "decidedBy", final, "createdAt")
    SELECT 'h_d' || a.i, 'h_a' || a.i, a.outcome::"Outcome", 2 + floor(a.r_amount * 5)::int, 30000,
           CASE WHEN a.outcome = 'ASSIGN' THEN floor(a.r_amount * 20000)::int ELSE 32000 + floor(a.r_amount * 20000)::int END,
           CASE WHEN a.outcome = 'ASSIGN' THEN (5000 + floor(a.r_amount * 550) * 100)::int END,
           CASE WHEN a.outcome = 'ASSIGN' THEN date_trunc('month', a.app_date)::date END,
           CASE WHEN a.outcome = 'ASSIGN' THEN (date_trunc('month', a.app_date) + interval '12 months' - interval '1 day')::date END,
           CASE WHEN a.outcome = 'ASSIGN'
             THEN jsonb_build_array(jsonb_build_object('code', 'LOW_INCOME_ASSIGNED', 'kind', 'ASSIGNMENT', 'message', jsonb_build_object('az', 'Tarixçə: təyin edilib', 'ru', 'История: назначено', 'en', 'History: assigned')))
             ELSE jsonb_build_array(jsonb_build_object('code', g.code, 'kind', 'REFUSAL', 'message', jsonb_build_object('az', 'Tarixçə: ' || g.code, 'ru', 'История: ' || g.code, 'en', 'History: ' || g.code)))
                  || CASE WHEN a.r_ground2 < 0.25 AND g.code <> (CASE WHEN a.r_ground2 < 0.15 THEN 'MOTOR_VEHICLE' ELSE 'HIGH_UTILITY_COSTS' END)
                       THEN jsonb_build_array(jsonb_build_object('code', CASE WHEN a.r_ground2 < 0.15 THEN 'MOTOR_VEHICLE' ELSE 'HIGH_UTILITY_COSTS' END, 'kind', 'REFUSAL',
                            'message', jsonb_build_object('az', 'Tarixçə', 'ru', 'История', 'en', 'History')))
                       ELSE '[]'::jsonb END
           END,
           '[]'::jsonb, 'SYSTEM', true, a.decided_at
    FROM h_app a JOIN h_ground g ON a.r_ground >= g.lo AND a.r_ground < g.hi
    WHERE a.decided`);
  step("decisions");

  // Home visits: one per application (a tenth skipped under the repeat-application rule); 7 % missed and made again.
  await q(
    `
    INSERT INTO "Inspection" (id, "applicationId", "inspectorId", "scheduledFor", status, attempt, "completedAt", "missedAt", "createdAt")
    SELECT 'h_i' || a.i || '_1', 'h_a' || a.i,
           CASE WHEN a.r_insp >= 0.9 THEN NULL ELSE ins.id END,
           CASE WHEN a.r_insp >= 0.9 THEN NULL ELSE a.app_date + 2 + floor(a.r_insp2 * 4)::int END,
           (CASE WHEN a.r_insp >= 0.9 THEN 'SKIPPED'
                 WHEN a.r_insp < 0.07 THEN 'MISSED'
                 WHEN a.withdrawn THEN 'CANCELLED'
                 WHEN a.app_date + 2 + floor(a.r_insp2 * 4)::int < $1::date THEN 'COMPLETED' ELSE 'SCHEDULED' END)::"InspectionStatus",
           1,
           CASE WHEN a.r_insp >= 0.07 AND a.r_insp < 0.9 AND NOT a.withdrawn AND a.app_date + 2 + floor(a.r_insp2 * 4)::int < $1::date
                THEN (a.app_date + 2 + floor(a.r_insp2 * 4)::int) + interval '8 hours' END,
           CASE WHEN a.r_insp < 0.07 THEN (a.app_date + 2 + floor(a.r_insp2 * 4)::int) + interval '8 hours' END,
           a.app_date + interval '7 hours'
    FROM h_app a LEFT JOIN h_inspector ins ON ins.district = a.district AND ins.k = floor(a.r_insp2 * ins.n)::int`,
    [today],
  );
  await q(
    `
    INSERT INTO "Inspection" (id, "applicationId", "inspectorId", "scheduledFor", status, attempt, "completedAt", "createdAt")
    SELECT 'h_i' || a.i || '_2', 'h_a' || a.i, ins.id, a.app_date + 7 + floor(a.r_insp2 * 4)::int,
           (CASE WHEN a.withdrawn THEN 'CANCELLED' WHEN a.app_date + 7 + floor(a.r_insp2 * 4)::int < $1::date THEN 'COMPLETED' ELSE 'SCHEDULED' END)::"InspectionStatus",
           2,
           CASE WHEN NOT a.withdrawn AND a.app_date + 7 + floor(a.r_insp2 * 4)::int < $1::date THEN (a.app_date + 7 + floor(a.r_insp2 * 4)::int) + interval '8 hours' END,
           a.app_date + interval '7 hours'
    FROM h_app a LEFT JOIN h_inspector ins ON ins.district = a.district AND ins.k = floor((1 - a.r_insp2) * ins.n)::int
    WHERE a.r_insp < 0.07`,
    [today],
  );
  step("home visits");

  // A tenth of refusals are appealed 3–23 days later; answered after ten days, three in four upheld.
  await q(`
    INSERT INTO "Appeal" (id, "applicationId", "decisionId", reason, status, "supervisorId", "answerKind", "submittedAt", "answeredAt")
    SELECT 'h_p' || a.i, 'h_a' || a.i, 'h_d' || a.i, 'Tarixçə: qərarla razı deyiləm',
           (CASE WHEN s.filed + interval '10 days' < now() THEN 'ANSWERED' ELSE 'OPEN' END)::"AppealStatus",
           (SELECT u.id FROM "User" u WHERE u.role = 'SUPERVISOR' AND u."districtCode" = a.district ORDER BY u.id LIMIT 1),
           (CASE WHEN s.filed + interval '10 days' >= now() THEN NULL WHEN a.r_appeal2 < 0.75 THEN 'UPHOLD' ELSE 'CHANGE' END)::"AppealAnswerKind",
           s.filed, CASE WHEN s.filed + interval '10 days' < now() THEN s.filed + interval '10 days' END
    FROM h_app a CROSS JOIN LATERAL (SELECT a.decided_at + (3 + floor(a.r_appeal2 * 20)::int) * interval '1 day' AS filed) s
    WHERE a.decided AND a.outcome = 'REFUSE' AND a.r_appeal < 0.1 AND s.filed < now()`);
  step("appeals");

  // Twelve months of assistance from the month of application: the past months credited by the bank.
  await q(
    `
    INSERT INTO "MonthlyEntitlement" (id, "applicationId", "decisionId", month, "amountQepik", status, "createdAt", "updatedAt")
    SELECT 'h_e' || a.i || '_' || k, 'h_a' || a.i, 'h_d' || a.i, m.month, d."amountQepik",
           (CASE WHEN m.month < date_trunc('month', $1::date) THEN 'CREDITED' WHEN m.month = date_trunc('month', $1::date) THEN 'ORDERED' ELSE 'PLANNED' END)::"EntitlementStatus",
           a.decided_at, a.decided_at
    FROM h_app a JOIN "Decision" d ON d.id = 'h_d' || a.i
    CROSS JOIN generate_series(0, 11) AS k
    CROSS JOIN LATERAL (SELECT (date_trunc('month', a.app_date) + k * interval '1 month')::date AS month) m
    WHERE a.decided AND a.outcome = 'ASSIGN'`,
    [today],
  );
  await q(`
    INSERT INTO "PaymentOrder" (id, "applicationId", kind, "entitlementId", "amountQepik", "idempotencyKey", status, attempts, "createdAt", "answeredAt")
    SELECT 'h_o' || substr(e.id, 4), e."applicationId", 'MONTHLY', e.id, e."amountQepik", 'history:' || e.id,
           (CASE WHEN e.status = 'CREDITED' THEN 'CREDITED' ELSE 'SENT' END)::"PaymentOrderStatus", 1,
           greatest(e.month::timestamp, e."createdAt") + interval '1 day',
           CASE WHEN e.status = 'CREDITED' THEN greatest(e.month::timestamp, e."createdAt") + interval '3 days' END
    FROM "MonthlyEntitlement" e WHERE e.id LIKE 'h\\_e%' AND e.status IN ('CREDITED', 'ORDERED')`);
  step("entitlements and payments");

  await q("COMMIT");
  await q(
    `ANALYZE "Application"; ANALYZE "Decision"; ANALYZE "Inspection"; ANALYZE "Appeal"; ANALYZE "MonthlyEntitlement"; ANALYZE "PaymentOrder"`,
  );
  const summary = (
    await q(`
    SELECT (SELECT count(*) FROM "Application" WHERE id LIKE 'h\\_%')::int AS applications,
           (SELECT count(*) FROM "Decision" WHERE id LIKE 'h\\_%')::int AS decisions,
           (SELECT count(*) FROM "Inspection" WHERE id LIKE 'h\\_%')::int AS inspections,
           (SELECT count(*) FROM "Appeal" WHERE id LIKE 'h\\_%')::int AS appeals,
           (SELECT count(*) FROM "MonthlyEntitlement" WHERE id LIKE 'h\\_%')::int AS entitlements,
           (SELECT count(*) FROM "PaymentOrder" WHERE id LIKE 'h\\_%')::int AS payments`)
  ).rows[0] as Record<string, number>;
  step(
    `done: ${Object.entries(summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")} (${firstDay} to ${today})`,
  );
} catch (err) {
  await q("ROLLBACK").catch(() => undefined);
  throw err;
} finally {
  await client.end();
}
