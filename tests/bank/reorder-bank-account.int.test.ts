import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller as CreateCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { signBankCallback } from "@/server/integrations/bank/callback-signature";
import { applyBankCallback } from "@/server/services/bank/apply-bank-callback";
import { BANK_WAIT_MS } from "@/server/services/bank/bank-wait";
import type { reorderBankAccount as ReorderBankAccount } from "@/server/services/bank/reorder-bank-account";
import { findUnannouncedReorders } from "@/server/services/bank/find-unannounced-reorders";
import { listNeedsAttention } from "@/server/services/reviews/list-needs-attention";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { startEventSink, type EventSink } from "../support/event-sink";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// Ordering a card account again, on a real database: who may, when, what it writes and announces, two staff at
// once, and a late answer of the bank for the round given up on.

const SECRET = "bank-callback-secret-for-reorder";
const testDb = migratedDbPerFile("reorder");
const db = () => testDb.current().db;
const now = new Date("2026-03-20T09:00:00Z");
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

// The Inngest client reads INNGEST_DEV when it is created: the service and the router are imported once the sink listens.
let reorderBankAccount: typeof ReorderBankAccount;
let createCaller: typeof CreateCaller;
let sink: EventSink;
let caseworker: SessionUser;
let supervisor: SessionUser;
let sabunchuCaseworker: SessionUser;
let inspector: SessionUser;

const withOrder = (status: "PENDING" | "SENT" | "OPENED" | "FAILED", requestedAt: Date, lastError?: string) =>
  assignedWithBankOrder(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-02",
    status,
    requestedAt,
    lastError,
  });
const rounds = (decisionId: string) =>
  db().bankAccountOrder.findMany({ where: { decisionId }, orderBy: { round: "asc" } });
const reorder = (user: SessionUser, applicationId: string) => reorderBankAccount(db(), user, { applicationId, now });

beforeAll(async () => {
  sink = await startEventSink();
  // The callback checks the bank settings; nothing here calls the bank.
  Object.assign(process.env, {
    INNGEST_DEV: sink.url,
    BANK_CALLBACK_SECRET: SECRET,
    BANK_API_BASE_URL: "http://127.0.0.1:9",
    BANK_API_KEY: "bank-api-key-unused",
    APP_BASE_URL: "http://127.0.0.1:3000",
  });
  ({ reorderBankAccount } = await import("@/server/services/bank/reorder-bank-account"));
  ({ createCaller } = await import("@/server/api/root"));
  await seedReference(db());
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db(), "caseworker.sabunchu@vemtas.local");
  inspector = await staffSession(db(), "inspector1.nasimi@vemtas.local");
});

afterAll(async () => {
  await sink?.stop();
});

describe("ordering a card account again", () => {
  it("is refused to a citizen, an inspector and another district's caseworker, and changes nothing", async () => {
    const { application, decision, fins } = await withOrder("FAILED", hoursBefore(3), "rejected HOLDER_NOT_VERIFIED");
    const family = await citizenSession(db(), fins[0]!);
    await expect(reorder(family, application.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(reorder(inspector, application.id)).rejects.toMatchObject({ code: "forbidden" });
    // Outside the district the case does not exist for the caller.
    await expect(reorder(sabunchuCaseworker, application.id)).rejects.toMatchObject({ code: "notFound" });
    // The procedure checks the role before the service does.
    const api = (user: SessionUser) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });
    await expect(api(inspector).review.reorderBankAccount({ applicationId: application.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(api(family).review.reorderBankAccount({ applicationId: application.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(api(caseworker).review.reorderBankAccount({ applicationId: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    expect(await rounds(decision.id)).toHaveLength(1);
    expect(sink.events.filter((e) => e.data.applicationId === application.id)).toEqual([]);
  });

  it("is refused while the chain still waits for the bank, and for an opened account", async () => {
    const waiting = await withOrder("SENT", hoursBefore(47));
    const justBeforeGivingUp = await withOrder("SENT", new Date(now.getTime() - BANK_WAIT_MS + 60_000));
    const opened = await withOrder("OPENED", hoursBefore(200));
    for (const { application, decision } of [waiting, justBeforeGivingUp, opened]) {
      await expect(reorder(caseworker, application.id)).rejects.toMatchObject({ code: "bankOrderNotFailed" });
      expect(await rounds(decision.id)).toHaveLength(1);
    }
    expect((await rounds(waiting.decision.id))[0]?.status).toBe("SENT");
  });

  it("orders a refused account again: round 2 under its own key, an audit row, the event", async () => {
    const { application, decision, order } = await withOrder("FAILED", hoursBefore(30), "rejected HOLDER_NOT_VERIFIED");
    expect((await listNeedsAttention(db(), caseworker, now)).map((r) => r.applicationId)).toContain(application.id);

    const result = await reorder(caseworker, application.id);
    expect(result).toMatchObject({ applicationId: application.id, decisionId: decision.id, round: 2 });

    const [first, second] = await rounds(decision.id);
    // The refused round is history, unchanged.
    expect(first).toEqual(order);
    expect(second).toMatchObject({
      id: result.orderId,
      round: 2,
      status: "PENDING",
      attempts: 0,
      idempotencyKey: `vemtas-account-${decision.id}-r2`,
      requestedAt: now,
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "bank.reorder", entityId: result.orderId } });
    expect(audit).toMatchObject({
      actorUserId: caseworker.id,
      actorRole: "CASEWORKER",
      applicationId: application.id,
      districtCode: "BAK-NASIMI",
    });
    expect(audit.details).toMatchObject({
      decisionId: decision.id,
      round: 2,
      previousOrderId: order.id,
      previousStatus: "FAILED",
    });
    const sent = sink.events.filter((e) => e.data.applicationId === application.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      name: "bank/reorder.requested",
      id: `bank-reorder-${result.orderId}`,
      data: { applicationId: application.id, decisionId: decision.id, orderId: result.orderId },
    });

    // The new round is in the chain's wait: the case leaves the list, and pressing again is refused.
    expect((await listNeedsAttention(db(), caseworker, now)).map((r) => r.applicationId)).not.toContain(application.id);
    await expect(reorder(supervisor, application.id)).rejects.toMatchObject({ code: "bankOrderNotFailed" });
    // Refused by the bank once more, it can be ordered a third time.
    await db().bankAccountOrder.update({
      where: { id: result.orderId },
      data: { status: "FAILED", lastError: "rejected ADDRESS_UNKNOWN" },
    });
    // Listed again, once, with the latest round's reason.
    const listed = (await listNeedsAttention(db(), caseworker, now)).filter((r) => r.applicationId === application.id);
    expect(listed.map((r) => [r.kind, r.detail])).toEqual([["BANK_NOT_OPENED", "rejected ADDRESS_UNKNOWN"]]);
    expect(await reorder(supervisor, application.id)).toMatchObject({ round: 3 });
    expect((await rounds(decision.id)).map((r) => r.idempotencyKey)).toEqual([
      `vemtas-account-${decision.id}`,
      `vemtas-account-${decision.id}-r2`,
      `vemtas-account-${decision.id}-r3`,
    ]);
  });

  it("orders again an account the chain gave up on: after its whole wait, or once it recorded giving up", async () => {
    const unanswered = await withOrder("SENT", new Date(now.getTime() - BANK_WAIT_MS));
    const givenUp = await withOrder("PENDING", hoursBefore(5));
    await db().auditLog.create({
      data: {
        actorRole: "SYSTEM",
        action: "bank.accountNotOpened",
        entity: "BankAccountOrder",
        entityId: givenUp.order.id,
        applicationId: givenUp.application.id,
        details: { status: "PENDING" },
      },
    });
    for (const { application, decision } of [unanswered, givenUp]) {
      expect(await reorder(supervisor, application.id)).toMatchObject({ round: 2 });
      // The abandoned round is closed, so a late answer for it cannot reach the family.
      expect((await rounds(decision.id)).map((r) => [r.round, r.status, r.lastError])).toEqual([
        [1, "FAILED", "superseded by round 2"],
        [2, "PENDING", null],
      ]);
    }
  });

  it("makes one new round when two staff press at once", async () => {
    const { application, decision } = await withOrder("FAILED", hoursBefore(30), "rejected HOLDER_NOT_VERIFIED");
    const results = await Promise.allSettled([
      reorder(caseworker, application.id),
      reorder(supervisor, application.id),
      reorder(caseworker, application.id),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      // The loser saw round 2 already there (still in the wait), or lost the race to write it.
      expect(["bankOrderNotFailed", "bankOrderAlreadyReordered"]).toContain((r.reason as { code?: string }).code);
    }
    expect((await rounds(decision.id)).map((r) => r.round)).toEqual([1, 2]);
    expect(await db().auditLog.count({ where: { action: "bank.reorder", applicationId: application.id } })).toBe(1);
    expect(sink.events.filter((e) => e.data.applicationId === application.id)).toHaveLength(1);
  });

  it("a late answer of the bank for round 1 does not touch round 2", async () => {
    const refused = await withOrder("FAILED", hoursBefore(30), "rejected HOLDER_NOT_VERIFIED");
    const abandoned = await withOrder("SENT", new Date(now.getTime() - BANK_WAIT_MS - 3_600_000));
    for (const { application, decision, order } of [refused, abandoned]) {
      await reorder(caseworker, application.id);
      const before = await rounds(decision.id);
      const opened = {
        eventId: `EV-late-${order.id}`,
        status: "OPENED",
        bankOrderId: order.bankReference,
        orderReference: order.id,
        idempotencyKey: order.idempotencyKey,
        account: {
          accountNumber: "AZ77VEMB00000000001234567890",
          branch: { name: "Gəncə filialı", address: "Gəncə, Cavadxan küç. 12" },
          cardPickupDate: "2026-04-06",
        },
      };
      const body = JSON.stringify(opened);
      const applied = await applyBankCallback(db(), body, signBankCallback(SECRET, body));
      expect(applied).toMatchObject({ changed: false, order: { orderId: order.id, round: 1, status: "FAILED" } });
      // Round 1's key with round 2's reference is no order at all.
      const crossed = JSON.stringify({ ...opened, orderReference: before[1]!.id });
      await expect(applyBankCallback(db(), crossed, signBankCallback(SECRET, crossed))).rejects.toMatchObject({
        code: "notFound",
      });
      expect(await rounds(decision.id)).toEqual(before);
    }
  });
});

describe("a re-order whose announcement was lost", () => {
  it("is found by the sweep once the grace period has passed, until its run has tried the bank", async () => {
    const { application, decision } = await withOrder("FAILED", hoursBefore(30), "rejected HOLDER_NOT_VERIFIED");
    const { orderId } = await reorder(caseworker, application.id);
    const lost = { applicationId: application.id, decisionId: decision.id, orderId };
    expect(await findUnannouncedReorders(db(), { now: new Date(now.getTime() + 60_000) })).not.toContainEqual(lost);
    expect(await findUnannouncedReorders(db(), { now: new Date(now.getTime() + 11 * 60_000) })).toContainEqual(lost);
    await db().bankAccountOrder.update({ where: { id: orderId }, data: { attempts: 1 } });
    expect(await findUnannouncedReorders(db(), { now: new Date(now.getTime() + 11 * 60_000) })).not.toContainEqual(
      lost,
    );
  });
});
