import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { migratedDbPerFile } from "../support/test-db";
import { twoAdministrators } from "../support/two-administrators";

// QA recorded a need criterion of 0, an adult age of 150 and a declaration tolerance of 250 %, and a value of
// 99999999 AZN refused with no field named. Each is now refused on the value field, by the procedure itself.

const testDb = migratedDbPerFile("param_bounds");
const db = () => testDb.current().db;
const now = new Date("2026-12-04T08:00:00Z");
const api = (user: SessionUser) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });

let admin: SessionUser;
let secondAdmin: SessionUser;

beforeAll(async () => {
  ({ admin, secondAdmin } = await twoAdministrators(testDb.current().db));
});

const proposal = (code: string, value: number) => ({
  code,
  value,
  validFrom: "2027-01-01",
  lawNumber: "Decision No. 512",
  lawDate: "2026-11-20",
});

/** The zod issues the client receives as `fieldErrors`, by field; [] when the call went through. */
async function fieldErrors(work: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await work;
    return [];
  } catch (e) {
    expect(e).toMatchObject({ code: "BAD_REQUEST" });
    const cause = (e as { cause?: { issues?: { path: PropertyKey[]; message: string }[] } }).cause;
    return (cause?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));
  }
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "accepted";
  } catch (e) {
    if (e instanceof TRPCError && e.cause instanceof AppError) return e.cause.code;
    throw e;
  }
}

const outOfRange = [{ path: "value", message: "errors.parameterValueOutOfRange" }];

describe("a proposed value outside its parameter's plausible range", () => {
  it("is refused on the value field, and nothing is stored or audited", async () => {
    const proposals = await db().parameterProposal.count();
    const audited = await db().auditLog.count({ where: { action: "parameter.proposed" } });
    const cases: [string, number][] = [
      ["NEED_CRITERION", 0],
      // 99999999 AZN, as QA typed it: a 400 that named no field.
      ["NEED_CRITERION", 99_999_999 * 100],
      ["NEED_CRITERION", -1_000],
      ["SUBSISTENCE_MINIMUM", 1_000_001],
      ["ADULT_AGE", 150],
      ["DECLARATION_REVIEW_TOLERANCE", 25_000],
      ["PENSION_AGE_WOMEN_MONTHS", 65],
      ["JOB_OFFER_REFUSAL_LIMIT", 0],
      ["INCOME_COUNTED:LOAN", 2],
    ];
    for (const [code, value] of cases) {
      expect(await fieldErrors(api(admin).administration.proposeParameter(proposal(code, value))), code).toEqual(
        outOfRange,
      );
    }
    expect(await db().parameterProposal.count()).toBe(proposals);
    expect(await db().auditLog.count({ where: { action: "parameter.proposed" } })).toBe(audited);
  });

  it("is taken at either end of the range", async () => {
    expect(await fieldErrors(api(admin).administration.proposeParameter(proposal("ADULT_AGE", 21)))).toEqual([]);
    expect(
      await fieldErrors(api(admin).administration.proposeParameter(proposal("DECLARATION_MATCH_TOLERANCE", 0))),
    ).toEqual([]);
    expect(await fieldErrors(api(admin).administration.proposeParameter(proposal("NEED_CRITERION", 100)))).toEqual([]);
  });

  it("recorded before the ranges were checked, is refused at confirmation and can be rejected instead", async () => {
    const { id } = await db().parameterProposal.create({
      data: {
        code: "STUDENT_AGE_LIMIT",
        validFrom: calendarDateToDb("2027-02-01"),
        value: 230,
        legalReference: "Decision No. 9 (01.12.2026)",
        proposedById: admin.id,
        proposedAt: now,
      },
      select: { id: true },
    });
    const parameters = await db().parameter.count();
    expect(await refusal(api(secondAdmin).administration.confirmParameter({ proposalId: id }))).toBe(
      "parameterValueOutOfRange",
    );
    expect(await db().parameter.count()).toBe(parameters);
    await api(secondAdmin).administration.rejectParameterProposal({ proposalId: id });
    expect(await db().parameterProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REJECTED",
      closedById: secondAdmin.id,
    });
  });
});
