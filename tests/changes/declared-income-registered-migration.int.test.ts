import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { changeReportFile } from "../support/change-report-file";

// Migration 20270108_declared_income_registered on incomes stored before it: the e-application's are beyond the
// registers (false); a wage, business income or alimony reported during the period may have been a register's or
// not (null: the renewal leaves it out, the reassessment reads it as the register's, as before); a kind no register
// holds, reported, is not a register's (false).
const { testDb, assignedFamily } = changeReportFile("declared_income_registered");
const MIGRATION = "prisma/migrations/20270108_declared_income_registered/migration.sql";

it("marks the incomes on file: unknown only for a wage, business income or alimony reported during the period", async () => {
  const { db } = testDb.current();
  const family = await assignedFamily();
  const [mother = ""] = family.fins;
  const id = family.application.id;
  await db.$executeRawUnsafe(`ALTER TABLE "DeclaredIncome" DROP COLUMN "registered"`);
  const rows: [string, string, number, string | null][] = [
    ["e-application", "WAGE", 15_000, null],
    ["reported-wage", "WAGE", 40_000, "2026-05-18"],
    ["reported-alimony", "ALIMONY", 10_000, "2026-05-20"],
    ["reported-business", "ENTREPRENEURIAL", 20_000, "2026-05-21"],
    ["reported-gift", "GIFT", 5_000, "2026-05-22"],
  ];
  for (const [rowId, type, monthlyQepik, startedOn] of rows)
    await db.$executeRaw`INSERT INTO "DeclaredIncome" (id, "applicationId", "memberFin", type, "monthlyQepik", "startedOn")
      VALUES (${rowId}, ${id}, ${mother}, ${type}, ${monthlyQepik}, ${startedOn}::date)`;

  for (const statement of readFileSync(MIGRATION, "utf8")
    .split(/;\s*$/m)
    .map((s) => s.replace(/^--.*$/gm, "").trim())
    .filter(Boolean))
    await db.$executeRawUnsafe(statement);

  const after = await db.declaredIncome.findMany({
    where: { applicationId: id },
    select: { id: true, registered: true },
  });
  expect(Object.fromEntries(after.map((r) => [r.id, r.registered]))).toEqual({
    "e-application": false,
    "reported-wage": null,
    "reported-alimony": null,
    "reported-business": null,
    "reported-gift": false,
  });
  // A row written after it, as the e-application's submission writes them, is beyond the registers.
  const later = await db.declaredIncome.create({
    data: { applicationId: id, memberFin: mother, type: "GIFT", monthlyQepik: 1_000 },
  });
  expect(later.registered).toBe(false);
});
