import { beforeAll, describe, expect, it } from "vitest";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { submittedApplication } from "../support/case-fixtures";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// A person the population registry lists at the family's address, whom the application does not name: the staff's
// discrepancy table showed it, and now the engine's input carries it, so the case goes to a person (REVIEW) rather
// than being decided without anyone looking (docs/decision-engine.md, `undeclaredResidents`). The household is the
// representative's: a member registered elsewhere is shown to staff, not reviewed for.

const testDb = migratedDbPerFile("undeclared_resident");

beforeAll(async () => {
  await seedReference(testDb.current().db);
});

function populationReply(fin: string, householdFins: string[], line = "Bakı, Füzuli küç. 12, mənzil 4") {
  return {
    kind: "OK",
    reply: {
      fin,
      periodFrom: "2025-03-01",
      periodTo: "2026-02-28",
      person: {
        firstName: "Aynur",
        lastName: "Məmmədova",
        patronymic: null,
        birthDate: "1988-05-14",
        sex: "F",
        citizenship: "AZE",
        deceasedOn: null,
      },
      registeredAddress: { districtCode: "BAK-NASIMI", line },
      householdFins,
    },
  };
}

describe("a registered resident the family did not list", () => {
  it("reaches the engine's input, once, and only when the registry lists someone not in the application", async () => {
    const { db } = testDb.current();
    const { application, fins } = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "INSPECTION_SCHEDULED",
    });
    const [applicantFin = "", childFin = ""] = fins;
    const store = (household: string[]) =>
      db.agencyResult.create({
        data: {
          applicationId: application.id,
          agency: "population",
          memberFin: applicantFin,
          available: true,
          data: populationReply(applicantFin, household),
          fetchedAt: new Date("2026-03-02T10:00:00Z"),
        },
      });

    const row = await store([applicantFin, childFin]);
    expect((await buildVerifiedCase({ applicationId: application.id }, { db })).input.undeclaredResidents).toEqual([]);

    await db.agencyResult.update({
      where: { id: row.id },
      data: { data: populationReply(applicantFin, [applicantFin, childFin, "7OTHR12"]) },
    });
    const verified = await buildVerifiedCase({ applicationId: application.id }, { db });
    expect(verified.input.undeclaredResidents).toEqual(["7OTHR12"]);
    expect(verified.discrepancies).toContainEqual(
      expect.objectContaining({ field: "household.registeredMember", verified: "7OTHR12" }),
    );
  });

  it("is read from the representative's registered household: a member registered elsewhere does not bring that address's people in", async () => {
    const { db } = testDb.current();
    const { application, fins } = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "INSPECTION_SCHEDULED",
    });
    const [applicantFin = "", childFin = ""] = fins;
    // The child studies in Ganja and is registered at an aunt's, with the aunt's family.
    await db.agencyResult.createMany({
      data: [
        { fin: applicantFin, reply: populationReply(applicantFin, [applicantFin]) },
        { fin: childFin, reply: populationReply(childFin, [childFin, "7AUNT12", "7COUS12"], "Gəncə, Nizami küç. 3") },
      ].map(({ fin, reply }) => ({
        applicationId: application.id,
        agency: "population",
        memberFin: fin,
        available: true,
        data: reply,
        fetchedAt: new Date("2026-03-02T10:00:00Z"),
      })),
    });
    const verified = await buildVerifiedCase({ applicationId: application.id }, { db });
    expect(verified.input.undeclaredResidents).toEqual([]);
    // Staff still see who is registered with the child, among the discrepancies.
    expect(
      verified.discrepancies.filter((d) => d.field === "household.registeredMember").map((d) => d.verified),
    ).toEqual(["7AUNT12", "7COUS12"]);
  });
});
