import { beforeAll, describe, expect, it } from "vitest";
import { INSPECTION_RESULT_VERSION, type InspectionResult } from "@/lib/inspection/inspection-result";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { submittedApplication } from "../support/case-fixtures";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// Livestock the family declared is checked against what the inspector counted at the home, not only against the
// agriculture register, which lists registered animals only (the walk of 7 December 2026: two cows declared, two
// counted by the inspector, none registered, and the family was refused for a false declaration). The engine then
// refuses only a declaration below a check's figure (rules/declaration.ts; its case files).

const testDb = migratedDbPerFile("declared_livestock");
const completed = { status: "COMPLETED" as const, date: "2026-03-05", inspectorFlags: [] };

beforeAll(async () => {
  await seedReference(testDb.current().db);
});

const visitResult = (cattle: number): InspectionResult => ({
  version: INSPECTION_RESULT_VERSION,
  visitedOn: "2026-03-05",
  housing: { type: "PRIVATE_HOUSE", condition: "SATISFACTORY", rooms: 3 },
  meters: [],
  landAreaSqm: 0,
  livestock: cattle > 0 ? [{ kind: "CATTLE", count: cattle }] : [],
  vehicles: [],
  largePurchases: [],
  membersPresent: [],
  notes: "",
  judgement: null,
});

async function familyWithTwoCows(counted: number) {
  const { db } = testDb.current();
  const { application } = await submittedApplication(db, {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-02",
    status: "INSPECTION_SCHEDULED",
  });
  await db.declaredAsset.create({
    data: { applicationId: application.id, kind: "LIVESTOCK", details: { description: "İki inək", count: 2 } },
  });
  await db.inspection.create({
    data: {
      applicationId: application.id,
      status: "COMPLETED",
      result: visitResult(counted),
      completedAt: new Date("2026-03-05T09:00:00Z"),
    },
  });
  return application.id;
}

const livestockChecks = async (applicationId: string, inspection?: typeof completed) =>
  (
    await buildVerifiedCase({ applicationId, ...(inspection ? { inspection } : {}) }, { db: testDb.current().db })
  ).input.declarationChecks?.filter((c) => c.field === "LIVESTOCK_HEADS");

describe("declared livestock and the home visit", () => {
  it("is checked against the inspector's count once the visit was made", async () => {
    const id = await familyWithTwoCows(2);
    expect(await livestockChecks(id, completed)).toContainEqual({
      field: "LIVESTOCK_HEADS",
      declared: 2,
      verified: 2,
      verifiedBy: "INSPECTION",
    });
  });

  it("carries a higher count the inspector made, for the engine to refuse the declaration", async () => {
    const id = await familyWithTwoCows(6);
    expect(await livestockChecks(id, completed)).toContainEqual(
      expect.objectContaining({ declared: 2, verified: 6, verifiedBy: "INSPECTION" }),
    );
  });

  it("has no inspection check before the visit's result is part of the case", async () => {
    const id = await familyWithTwoCows(6);
    expect((await livestockChecks(id)) ?? []).not.toContainEqual(expect.objectContaining({ verifiedBy: "INSPECTION" }));
  });
});
