import { describe, expect, it } from "vitest";
import { staffSession } from "../support/seed-reference";
import { driveUntilSettled, eventually, runningRuns, unstickRun } from "./chain-actors";
import { chainPerFile } from "./chain-per-file";

// A card account ordered again, through the engine: the bank rejects the chain's order, the district's
// caseworker orders it again, `reorder-bank-account` sends round 2, the bank opens it, and the family is told the
// branch and the pickup date once; and a re-order whose event was lost, sent by the sweep.

const { db, chain } = chainPerFile("chain_reorder");

/** Polls until the family's card pickup notice is sent, moving on a bank wait whose answer is already there. */
const pickupNotice = (applicationId: string) =>
  eventually(
    chain(),
    "the card pickup notice",
    async () => {
      await unstickRun(db(), chain(), applicationId);
      return db().notification.findFirst({ where: { applicationId, kind: "BANK_CARD_PICKUP", status: "SENT" } });
    },
    60_000,
  );

describe("reorder-bank-account", () => {
  it("the bank rejects the first order; staff order again; the account opens and the family gets one pickup notice", async () => {
    const family = (await chain().demoFamilies("assign", 1))[0]!;
    await fetch(`${chain().bank.url}/__control/reject-next`, {
      method: "POST",
      body: JSON.stringify({ count: 1, reasonCode: "HOLDER_NOT_VERIFIED" }),
    });
    const id = await chain().submit(db(), family, 21);
    // Settled: assigned, and the application's run has ended (it gave up on the rejected order).
    expect((await driveUntilSettled(db(), chain(), [id], { timeoutMs: 90_000 })).get(id)).toBe("ASSIGNED");

    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: id, final: true } });
    const [first] = await db().bankAccountOrder.findMany({ where: { decisionId: decision.id } });
    expect(first).toMatchObject({
      round: 1,
      status: "FAILED",
      lastError: "rejected HOLDER_NOT_VERIFIED",
      idempotencyKey: `vemtas-account-${decision.id}`,
    });
    expect(await db().auditLog.count({ where: { action: "bank.accountNotOpened", entityId: first!.id } })).toBe(1);
    expect(await db().notification.count({ where: { applicationId: id, kind: "BANK_CARD_PICKUP" } })).toBe(0);

    const { email } = await db().user.findFirstOrThrow({
      where: { role: "CASEWORKER", districtCode: family.districtCode },
    });
    const caseworker = await staffSession(db(), email!);
    const { reorderBankAccount } = await import("@/server/services/bank/reorder-bank-account");
    const { announceBankReorder } = await import("@/server/services/bank/announce-bank-reorder");
    const reordered = await reorderBankAccount(db(), caseworker, { applicationId: id, now: new Date() });
    // The same event again: one run per round.
    await announceBankReorder({ applicationId: id, decisionId: decision.id, orderId: reordered.orderId });

    const pickup = await pickupNotice(id);
    await eventually(chain(), "the re-order's run to end", async () => !(await runningRuns(chain())).has(id));

    const rounds = await db().bankAccountOrder.findMany({
      where: { decisionId: decision.id },
      orderBy: { round: "asc" },
    });
    expect(rounds.map((r) => [r.round, r.status, r.idempotencyKey])).toEqual([
      [1, "FAILED", `vemtas-account-${decision.id}`],
      [2, "OPENED", `vemtas-account-${decision.id}-r2`],
    ]);
    const opened = rounds[1]!;
    expect(pickup.dedupeKey).toBe(`${id}:BANK_CARD_PICKUP:${decision.id}`);
    expect(await db().notification.count({ where: { applicationId: id, kind: "BANK_CARD_PICKUP" } })).toBe(1);
    // The notice tells what round 2 opened.
    expect(pickup.payload).toMatchObject({
      decisionId: decision.id,
      branchName: opened.branchName,
      cardPickupDate: opened.cardPickupDate!.toISOString().slice(0, 10),
      accountMasked: opened.accountMasked,
    });
    // The bank's books: one order per round, each under its own key.
    expect(
      chain()
        .bank.state.all()
        .filter((o) => o.idempotencyKey.startsWith(`vemtas-account-${decision.id}`))
        .map((o) => [o.idempotencyKey, o.status]),
    ).toEqual([
      [`vemtas-account-${decision.id}`, "REJECTED"],
      [`vemtas-account-${decision.id}-r2`, "OPENED"],
    ]);
    const runs = (await (
      await fetch(new URL("/admin/runs?function_id=vemtas-reorder-bank-account&limit=100", chain().engine.url))
    ).json()) as { runs: { status: string; event: { data: { orderId?: string } } }[] };
    expect(runs.runs.filter((r) => r.event.data.orderId === reordered.orderId).map((r) => r.status)).toEqual([
      "completed",
    ]);
  }, 180_000);

  it("a re-order whose event was lost is announced by the sweep, and the account opens", async () => {
    const family = (await chain().demoFamilies("assign", 2))[1]!;
    await fetch(`${chain().bank.url}/__control/reject-next`, { method: "POST", body: JSON.stringify({ count: 1 }) });
    const id = await chain().submit(db(), family, 22);
    expect((await driveUntilSettled(db(), chain(), [id], { timeoutMs: 90_000 })).get(id)).toBe("ASSIGNED");
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: id, final: true } });
    // Round 2 as a re-order leaves it when its event never reached the engine, past the sweep's grace period.
    const { roundIdempotencyKey } = await import("@/server/services/bank/bank-order-rounds");
    await db().bankAccountOrder.create({
      data: {
        applicationId: id,
        decisionId: decision.id,
        round: 2,
        idempotencyKey: roundIdempotencyKey(decision.id, 2),
        requestedAt: new Date(Date.now() - 11 * 60_000),
      },
    });

    await chain().fireCron("sweep-stalled-applications");
    await pickupNotice(id);
    expect(
      await db().bankAccountOrder.findFirstOrThrow({ where: { decisionId: decision.id, round: 2 } }),
    ).toMatchObject({ status: "OPENED", attempts: 1 });
  }, 180_000);
});
