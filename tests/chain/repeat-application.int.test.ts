import { describe, expect, it } from "vitest";
import { bakuDate } from "@/kernel/calendar-date";
import type { Db } from "@/server/db/create-client";
import { waitFor } from "../../tools/fakes/testing/wait-for";
import { driveUntilSettled } from "./chain-actors";
import type { DemoFamily } from "./chain-harness";
import { chainPerFile } from "./chain-per-file";

// The repeat-application rule through the chain: a family assigned last year, unchanged, with three or more
// children, is not visited again (dost.gov.az); the same family at another address is.

const { db, chain } = chainPerFile("chain_repeat");

const ADULT_AGE = 18;
const childrenOf = (f: DemoFamily, today: string) =>
  f.members.filter((m) => {
    const age =
      Number(today.slice(0, 4)) - Number(m.birthDate.slice(0, 4)) - (today.slice(5) < m.birthDate.slice(5) ? 1 : 0);
    return age < ADULT_AGE;
  }).length;

/** Families of three or more children the engine counts in full, so the previous assignment can list them all. */
async function largeFamilies(count: number): Promise<DemoFamily[]> {
  const today = bakuDate(new Date());
  const all = await chain().demoFamilies("assign", 50);
  const fit = all.filter((f) => childrenOf(f, today) >= 3 && f.expected.countedMembers === f.members.length);
  if (fit.length < count)
    throw new Error(`only ${fit.length} assignable families with three children among ${all.length}`);
  return fit.slice(0, count);
}

/**
 * Last year's assignment of the same representative: an earlier application, ASSIGNED, its period under way (in its
 * last three months, so the new application is its renewal), paid to a card account the bank opened.
 */
async function assignedLastYear(db: Db, family: DemoFamily, seq: number, address: string) {
  const id = await chain().submitUnannounced(db, family, seq);
  const from = new Date(`${bakuDate(new Date()).slice(0, 7)}-01T00:00:00Z`);
  from.setUTCMonth(from.getUTCMonth() - 10);
  const to = new Date(from);
  to.setUTCFullYear(to.getUTCFullYear() + 1);
  to.setUTCDate(to.getUTCDate() - 1);
  await db.application.update({ where: { id }, data: { status: "ASSIGNED", address, applicationDate: from } });
  const decision = await db.decision.create({
    data: {
      applicationId: id,
      outcome: "ASSIGN",
      amountQepik: 50_000,
      periodFrom: from,
      periodTo: to,
      reasons: [],
      rulesChecked: [],
      figures: { countedMemberFins: family.members.map((m) => m.fin) },
      decidedBy: "SYSTEM",
      final: true,
    },
  });
  return db.bankAccountOrder.create({
    data: {
      applicationId: id,
      decisionId: decision.id,
      idempotencyKey: `vemtas-account-${decision.id}`,
      status: "OPENED",
      bankReference: `BNK-EARLIER-${seq}`,
      accountMasked: "AZ21 **** 0001",
      branchName: "Nəsimi filialı",
      branchAddress: "Bakı, Nəsimi rayonu",
      cardPickupDate: from,
      answeredAt: from,
    },
  });
}

const statusTrail = async (applicationId: string) =>
  (
    await db().applicationStatusChange.findMany({ where: { applicationId }, orderBy: [{ at: "asc" }, { id: "asc" }] })
  ).map((c) => c.toStatus);

describe("a repeat application", () => {
  it("skips the home visit when the family is unchanged and has three children, and is still decided by the engine", async () => {
    const [family] = await largeFamilies(1);
    await assignedLastYear(db(), family!, 1, family!.address);
    const id = await chain().submit(db(), family!, 2);
    const statuses = await driveUntilSettled(db(), chain(), [id], { timeoutMs: 45_000 });

    expect(statuses.get(id)).toBe("ASSIGNED");
    expect(await statusTrail(id)).toEqual(["SUBMITTED", "DATA_COLLECTED", "ASSIGNED"]);
    expect(
      await db().inspection.findMany({
        where: { applicationId: id },
        select: { attempt: true, status: true, note: true },
      }),
    ).toEqual([{ attempt: 1, status: "SKIPPED", note: "REPEAT_APPLICATION_RULE" }]);
    const kinds = (await db().notification.findMany({ where: { applicationId: id } })).map((n) => n.kind);
    expect(kinds).not.toContain("INSPECTION_DATE");
    expect(kinds).toContain("DECISION");
  });

  it("is paid to the card the family already has, and is told so instead of being sent to collect a new one", async () => {
    const [, , family] = await largeFamilies(3);
    const earlier = await assignedLastYear(db(), family!, 5, family!.address);
    const id = await chain().submit(db(), family!, 6);
    expect((await driveUntilSettled(db(), chain(), [id], { timeoutMs: 45_000 })).get(id)).toBe("ASSIGNED");

    const notice = await waitFor(
      () => db().notification.findFirst({ where: { applicationId: id, kind: "BANK_CARD_PICKUP" } }),
      "the card notice",
      30_000,
    );
    expect(notice.payload).toMatchObject({ sameCard: true, accountMasked: "AZ21 **** 0001" });
    // The decision's notice before it said the same, instead of promising card details.
    const decision = await db().notification.findFirstOrThrow({ where: { applicationId: id, kind: "DECISION" } });
    expect(decision.payload).toMatchObject({ outcome: "ASSIGN", sameCard: true });
    expect(notice.body).not.toContain("Nəsimi filialı");
    expect(await db().bankAccountOrder.findMany({ where: { applicationId: id } })).toEqual([
      expect.objectContaining({ status: "OPENED", bankReference: earlier.bankReference, reusedFromId: earlier.id }),
    ]);
  });

  it("is visited again when the family has moved since its assignment", async () => {
    const [, family] = await largeFamilies(2);
    await assignedLastYear(db(), family!, 3, `${family!.address} (old address)`);
    const id = await chain().submit(db(), family!, 4);
    const statuses = await driveUntilSettled(db(), chain(), [id], { timeoutMs: 45_000 });

    expect(statuses.get(id)).toBe("ASSIGNED");
    expect(await statusTrail(id)).toEqual(["SUBMITTED", "INSPECTION_SCHEDULED", "DATA_COLLECTED", "ASSIGNED"]);
    expect(await db().inspection.findMany({ where: { applicationId: id }, select: { status: true } })).toEqual([
      { status: "COMPLETED" },
    ]);
  });
});
