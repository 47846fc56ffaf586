import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { parameterOn } from "@/server/domain/parameters";
import { AppError } from "@/server/errors";
import { loadParameterSet } from "@/server/services/law/law-data";
import { staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { twoAdministrators } from "../support/two-administrators";

// QA: a proposer could not take back a wrong pending value, and it blocked the right one for the same date
// ("already awaiting confirmation"). The proposer now withdraws it, another administrator may reject it.

const testDb = migratedDbPerFile("param_withdraw");
const db = () => testDb.current().db;
const now = new Date("2026-12-04T08:00:00Z");
const api = (user: SessionUser) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });

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
    if (e instanceof TRPCError) return e.cause instanceof AppError ? e.cause.code : e.message;
    throw e;
  }
}

const criterion = (validFrom: string, value: number) => ({
  code: "NEED_CRITERION",
  validFrom,
  value,
  lawNumber: "Decision No. 512",
  lawDate: "2026-11-20",
});

describe("withdrawing a pending proposal", () => {
  it("is for its proposer only, after which the correct value can be proposed and confirmed", async () => {
    // 31,50 AZN typed for 315,00: within the range, so only a person can see it is wrong.
    const { id: wrong } = await api(admin).administration.proposeParameter(criterion("2027-01-01", 3_150));
    expect(await refusal(api(admin).administration.proposeParameter(criterion("2027-01-01", 31_500)))).toBe(
      "parameterProposalPending",
    );

    expect(await refusal(api(secondAdmin).administration.withdrawParameterProposal({ proposalId: wrong }))).toBe(
      "parameterWithdrawNotOwn",
    );
    expect(await refusal(api(admin).administration.rejectParameterProposal({ proposalId: wrong }))).toBe(
      "parameterRejectOwn",
    );
    expect(await db().parameterProposal.findUniqueOrThrow({ where: { id: wrong } })).toMatchObject({
      status: "PENDING",
      closedById: null,
    });

    await api(admin).administration.withdrawParameterProposal({ proposalId: wrong });
    expect(await db().parameterProposal.findUniqueOrThrow({ where: { id: wrong } })).toMatchObject({
      status: "WITHDRAWN",
      closedById: admin.id,
      closedAt: now,
      parameterId: null,
    });
    expect((await api(admin).administration.parameterProposals()).map((p) => p.id)).not.toContain(wrong);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "parameter.withdrawn", entityId: wrong } });
    expect(audit).toMatchObject({ actorUserId: admin.id, entity: "ParameterProposal" });
    expect(audit.details).toMatchObject({ code: "NEED_CRITERION", validFrom: "2027-01-01", value: 3_150 });

    // A withdrawn proposal is closed: neither confirmed nor withdrawn again.
    expect(await refusal(api(secondAdmin).administration.confirmParameter({ proposalId: wrong }))).toBe(
      "parameterNotPending",
    );
    expect(await refusal(api(admin).administration.withdrawParameterProposal({ proposalId: wrong }))).toBe(
      "parameterNotPending",
    );

    const { id: right } = await api(admin).administration.proposeParameter(criterion("2027-01-01", 31_500));
    await api(secondAdmin).administration.confirmParameter({ proposalId: right });
    expect(parameterOn("NEED_CRITERION", "2027-01-01", await loadParameterSet(db()))?.value).toBe(31_500);
  });

  it("is refused once the proposal is confirmed or rejected, changing nothing", async () => {
    const { id: confirmed } = await api(admin).administration.proposeParameter(criterion("2027-04-01", 32_000));
    await api(secondAdmin).administration.confirmParameter({ proposalId: confirmed });
    expect(await refusal(api(admin).administration.withdrawParameterProposal({ proposalId: confirmed }))).toBe(
      "parameterNotPending",
    );
    expect(await db().parameterProposal.findUniqueOrThrow({ where: { id: confirmed } })).toMatchObject({
      status: "CONFIRMED",
      closedById: null,
    });

    const { id: rejected } = await api(admin).administration.proposeParameter(criterion("2027-07-01", 33_000));
    await api(secondAdmin).administration.rejectParameterProposal({ proposalId: rejected });
    expect(await refusal(api(admin).administration.withdrawParameterProposal({ proposalId: rejected }))).toBe(
      "parameterNotPending",
    );
    expect(await db().parameterProposal.findUniqueOrThrow({ where: { id: rejected } })).toMatchObject({
      status: "REJECTED",
      closedById: secondAdmin.id,
    });
    expect(await db().auditLog.count({ where: { action: "parameter.rejected", entityId: rejected } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "parameter.withdrawn", entityId: { not: null } } })).toBe(1);
  });

  it("is for administrators, on a proposal that exists", async () => {
    const supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
    const { id } = await api(admin).administration.proposeParameter(criterion("2027-10-01", 34_000));
    expect(await refusal(api(supervisor).administration.withdrawParameterProposal({ proposalId: id }))).toBe(
      "forbidden",
    );
    expect(await refusal(api(supervisor).administration.rejectParameterProposal({ proposalId: id }))).toBe("forbidden");
    expect(await refusal(api(admin).administration.withdrawParameterProposal({ proposalId: "x-missing" }))).toBe(
      "notFound",
    );
    expect((await db().parameterProposal.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });
});
