import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { parameterOn } from "@/server/domain/parameters";
import { AppError } from "@/server/errors";
import { refreshSessionUser } from "@/server/services/auth/refresh-session-user";
import { loadParameterSet } from "@/server/services/law/law-data";
import { citizenSession, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { twoAdministrators } from "../support/two-administrators";

const testDb = migratedDbPerFile("admin");
const now = new Date("2026-12-04T08:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let admin: SessionUser;
let secondAdmin: SessionUser;

beforeAll(async () => {
  ({ admin, secondAdmin } = await twoAdministrators(testDb.current().db));
});

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "accepted";
  } catch (e) {
    if (e instanceof TRPCError) return e.message;
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

const nextYearCriterion = {
  code: "NEED_CRITERION",
  validFrom: "2027-01-01",
  value: 31_500,
  lawNumber: "Decision No. 512",
  lawDate: "2026-11-20",
};

describe("law parameters under four eyes", () => {
  it("a proposed value is invisible to the engine until a second administrator confirms it", async () => {
    const { db } = testDb.current();
    const before = parameterOn("NEED_CRITERION", "2027-02-01", await loadParameterSet(db));
    const { id } = await api(admin).administration.proposeParameter(nextYearCriterion);
    expect(parameterOn("NEED_CRITERION", "2027-02-01", await loadParameterSet(db))).toEqual(before);

    expect(await refusal(api(admin).administration.confirmParameter({ proposalId: id }))).toBe("fourEyesRequired");
    await api(secondAdmin).administration.confirmParameter({ proposalId: id });
    expect(await refusal(api(secondAdmin).administration.confirmParameter({ proposalId: id }))).toBe(
      "parameterNotPending",
    );

    const set = await loadParameterSet(db);
    expect(parameterOn("NEED_CRITERION", "2027-01-01", set)).toMatchObject({
      value: 31_500,
      legalReference: "Decision No. 512 (20.11.2026)",
    });
    // The day before its valid-from date the old value still applies.
    expect(parameterOn("NEED_CRITERION", "2026-12-31", set)?.value).toBe(before?.value);

    const audit = await db.auditLog.findMany({
      where: { action: { in: ["parameter.proposed", "parameter.confirmed"] } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ["parameter.proposed", admin.id],
      ["parameter.confirmed", secondAdmin.id],
    ]);
  });

  it("never rewrites a value in force: past or current dates and a taken date are refused, nothing written", async () => {
    const { db } = testDb.current();
    const count = await db.parameterProposal.count();
    expect(
      await refusal(api(admin).administration.proposeParameter({ ...nextYearCriterion, validFrom: "2026-12-04" })),
    ).toBe("parameterDateNotFuture");
    expect(await refusal(api(admin).administration.proposeParameter({ ...nextYearCriterion, value: 32_000 }))).toBe(
      "parameterDateTaken",
    );
    expect(await db.parameterProposal.count()).toBe(count);
  });

  it("refuses a second proposal of a value already awaiting confirmation, writing nothing", async () => {
    const { db } = testDb.current();
    const midYear = { ...nextYearCriterion, validFrom: "2027-07-01", value: 32_000 };
    await api(admin).administration.proposeParameter(midYear);
    const count = await db.parameterProposal.count();
    // The same form sent again, by the same or another administrator, with the same or another value.
    expect(await refusal(api(admin).administration.proposeParameter(midYear))).toBe("parameterProposalPending");
    expect(await refusal(api(secondAdmin).administration.proposeParameter({ ...midYear, value: 32_500 }))).toBe(
      "parameterProposalPending",
    );
    expect(await db.parameterProposal.count()).toBe(count);
  });

  it("refuses an act dated after the value's day or after today in Baku, beside that field, writing nothing", async () => {
    const { db } = testDb.current();
    const count = await db.parameterProposal.count();
    const audited = await db.auditLog.count({ where: { action: "parameter.proposed" } });
    const refusedAt = async (input: typeof nextYearCriterion, at = now) => {
      try {
        await createCaller({ db, user: admin, now: at, authSecret: "x".repeat(32) }).administration.proposeParameter(
          input,
        );
        return "accepted";
      } catch (e) {
        if (e instanceof TRPCError && e.cause instanceof AppError) return `${e.cause.code} ${e.cause.details.field}`;
        throw e;
      }
    };
    // The QA case: an act of 31.12.2030 for a value from 01.01.2027.
    expect(await refusedAt({ ...nextYearCriterion, validFrom: "2027-01-01", lawDate: "2030-12-31" })).toBe(
      "lawDateAfterValidFrom lawDate",
    );
    // Before the value's day but not yet adopted: tomorrow in Baku (now is 4 December there).
    const tomorrow = { ...nextYearCriterion, validFrom: "2027-03-01", lawDate: "2026-12-05" };
    expect(await refusedAt(tomorrow)).toBe("lawDateFuture lawDate");
    expect(await db.parameterProposal.count()).toBe(count);
    expect(await db.auditLog.count({ where: { action: "parameter.proposed" } })).toBe(audited);
    // At 20:30 UTC on 4 December it is already 5 December in Baku: the act is today's.
    expect(await refusedAt(tomorrow, new Date("2026-12-04T20:30:00Z"))).toBe("accepted");
    expect(await db.parameterProposal.count()).toBe(count + 1);
  });

  it("refuses a value's date more than ten years ahead beside the date, writing nothing", async () => {
    const { db } = testDb.current();
    const count = await db.parameterProposal.count();
    const refusedAt = async (validFrom: string) => {
      try {
        await api(admin).administration.proposeParameter({ ...nextYearCriterion, validFrom });
        return "accepted";
      } catch (e) {
        if (e instanceof TRPCError && e.cause instanceof AppError) return `${e.cause.code} ${e.cause.details.field}`;
        throw e;
      }
    };
    // The walk's typing error, and the day after the last allowed one (today in Baku is 4 December 2026).
    expect(await refusedAt("2999-01-01")).toBe("parameterDateTooFar validFrom");
    expect(await refusedAt("2036-12-05")).toBe("parameterDateTooFar validFrom");
    expect(await db.parameterProposal.count()).toBe(count);
    expect(await refusedAt("2036-12-04")).toBe("accepted");
    expect(await db.parameterProposal.count()).toBe(count + 1);
  });

  it("keeps the act's date in the legal reference as dd.mm.yyyy, and refuses a day that is not on the calendar", async () => {
    const { db } = testDb.current();
    const { id } = await api(admin).administration.proposeParameter({
      ...nextYearCriterion,
      code: "SUBSISTENCE_MINIMUM",
      validFrom: "2027-02-01",
      lawDate: "2026-12-04",
    });
    expect((await db.parameterProposal.findUniqueOrThrow({ where: { id } })).legalReference).toBe(
      "Decision No. 512 (04.12.2026)",
    );
    expect((await api(admin).administration.parameterProposals()).find((p) => p.id === id)?.legalReference).toBe(
      "Decision No. 512 (04.12.2026)",
    );
    const impossible = api(admin).administration.proposeParameter({ ...nextYearCriterion, lawDate: "2026-02-31" });
    await expect(impossible).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await impossible.catch((e: unknown) => {
      expect(e instanceof TRPCError && e.cause instanceof Error ? e.cause.message : "").toContain("errors.dateFormat");
    });
  });

  it("refuses a confirmation once the proposed date has arrived", async () => {
    const { id } = await api(admin).administration.proposeParameter({ ...nextYearCriterion, validFrom: "2026-12-10" });
    const later = createCaller({
      db: testDb.current().db,
      user: secondAdmin,
      now: new Date("2026-12-10T08:00:00Z"),
      authSecret: "x".repeat(32),
    });
    expect(await refusal(later.administration.confirmParameter({ proposalId: id }))).toBe("parameterDateNotFuture");
  });

  it("is for administrators only", async () => {
    const supervisor = await staffSession(testDb.current().db, "supervisor.nasimi@vemtas.local");
    expect(
      await refusal(api(supervisor).administration.proposeParameter({ ...nextYearCriterion, validFrom: "2027-06-01" })),
    ).toBe("forbidden");
  });
});

describe("staff accounts", () => {
  it("creates an account with role and district, audited, and refuses a taken e-mail or a missing district", async () => {
    const { db } = testDb.current();
    const { id } = await api(admin).administration.createStaff({
      name: "Səbinə Orucova",
      email: "Sabina.Orucova@vemtas.local",
      role: "INSPECTOR",
      districtCode: "BAK-NASIMI",
      dailyInspectionCapacity: 3,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      email: "sabina.orucova@vemtas.local",
      role: "INSPECTOR",
      dailyInspectionCapacity: 3,
      passwordHash: null,
      active: true,
    });
    expect(await db.auditLog.count({ where: { action: "staff.created", entityId: id, actorUserId: admin.id } })).toBe(
      1,
    );
    expect(
      await refusal(
        api(admin).administration.createStaff({
          name: "X Y",
          email: "sabina.orucova@vemtas.local",
          role: "CASEWORKER",
          districtCode: "BAK-NASIMI",
          dailyInspectionCapacity: null,
        }),
      ),
    ).toBe("emailTaken");
    expect(
      await refusal(
        api(admin).administration.createStaff({
          name: "X Y",
          email: "new@vemtas.local",
          role: "CASEWORKER",
          districtCode: "NOWHERE",
          dailyInspectionCapacity: null,
        }),
      ),
    ).toBe("staffDistrictRequired");
    expect(await db.user.count({ where: { email: "new@vemtas.local" } })).toBe(0);
  });

  it("a deactivated staff member's open session is refused on the very next request", async () => {
    const { db } = testDb.current();
    const caseworker = await staffSession(db, "caseworker.sabunchu@vemtas.local");
    expect(await refreshSessionUser(db, caseworker)).toEqual(caseworker);

    await api(admin).administration.setStaffActive({ userId: caseworker.id, active: false });
    expect(await refreshSessionUser(db, caseworker)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "staff.deactivated", entityId: caseworker.id } })).toBe(1);

    await api(admin).administration.setStaffActive({ userId: caseworker.id, active: true });
    expect(await refreshSessionUser(db, caseworker)).toEqual(caseworker);
  });

  it("a role or district change applies to the session at once", async () => {
    const { db } = testDb.current();
    const supervisor = await staffSession(db, "supervisor.sabunchu@vemtas.local");
    await api(admin).administration.updateStaff({
      userId: supervisor.id,
      account: {
        name: supervisor.name,
        email: "supervisor.sabunchu@vemtas.local",
        role: "CASEWORKER",
        districtCode: "BAK-NASIMI",
        dailyInspectionCapacity: null,
      },
    });
    expect(await refreshSessionUser(db, supervisor)).toMatchObject({ role: "CASEWORKER", districtCode: "BAK-NASIMI" });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "staff.updated", entityId: supervisor.id } });
    expect(row.details).toMatchObject({ changed: ["role", "districtCode"] });
    // A citizen's token never becomes a staff session.
    const citizen = await citizenSession(db, "5CZNCZN");
    expect(await refreshSessionUser(db, { ...citizen, id: supervisor.id })).toBeNull();
  });

  it("an administrator cannot deactivate themselves, and other roles cannot manage staff", async () => {
    expect(await refusal(api(admin).administration.setStaffActive({ userId: admin.id, active: false }))).toBe(
      "staffSelfChange",
    );
    const supervisor = await staffSession(testDb.current().db, "supervisor.nasimi@vemtas.local");
    expect(await refusal(api(supervisor).administration.listStaff())).toBe("forbidden");
  });

  it("flags a district without an active caseworker, supervisor or inspector", async () => {
    const { db } = testDb.current();
    // supervisor.sabunchu became a caseworker in Nasimi above: Sabunchu has no supervisor now.
    const flagged = await api(admin).administration.understaffedDistricts();
    expect(flagged.find((d) => d.districtCode === "BAK-SABUNCHU")?.missing).toEqual(["SUPERVISOR"]);
    expect(flagged.find((d) => d.districtCode === "BAK-NASIMI")).toBeUndefined();
    expect(await db.district.count()).toBeGreaterThan(2);
  });
});
