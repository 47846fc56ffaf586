import { expect, it } from "vitest";
import { driveUntilSettled } from "./chain-actors";
import type { DemoFamily } from "./chain-harness";
import { chainPerFile } from "./chain-per-file";

// Issue 7's "done when": 50 applications at once, 20 % of agency requests failing and a bank that fails the first
// try, all end in a final state or in the review queue, with one bank order and one of each message at most.

const { db, chain } = chainPerFile("chain_load", { agencyLatencyMs: 1, agencyFaults: { errorRate: 0.2 } });
const COUNT = 50;

it(
  "settles 50 concurrent applications under agency and bank faults, without a duplicate order or message",
  // Vitest's own limit only catches a hang of the test itself; the stall deadline below is the real check.
  { timeout: 30 * 60_000 },
  async () => {
    const mix = await Promise.all([
      chain().demoFamilies("assign", 25),
      chain().demoFamilies("refuse", 15),
      chain().demoFamilies("review", 10),
    ]);
    const families: DemoFamily[] = mix.flat();
    expect(families).toHaveLength(COUNT);
    // The bank's first answers are 503s (retried by the step with the same key). Fewer than BANK_MAX_ATTEMPTS, so
    // however they fall on the orders, each order still opens.
    await fetch(`${chain().bank.url}/__control/fail-next`, {
      method: "POST",
      body: JSON.stringify({ count: 3, status: 503 }),
    });

    const ids = await Promise.all(families.map((f, i) => chain().submit(db(), f, 100 + i)));
    // No total time limit that a loaded machine could exceed: the test fails when the chain stops moving.
    const statuses = await driveUntilSettled(db(), chain(), ids, { stallMs: 120_000 });
    for (const id of ids) expect(["ASSIGNED", "REFUSED", "AWAITING_REVIEW"]).toContain(statuses.get(id));
    const assigned = ids.filter((id) => statuses.get(id) === "ASSIGNED");
    expect(assigned.length, `statuses: ${JSON.stringify([...statuses.values()].sort())}`).toBeGreaterThan(0);

    // One bank order per assignment, none for the others; the bank itself saw one order per key.
    const orders = await db().bankAccountOrder.groupBy({
      by: ["applicationId"],
      where: { applicationId: { in: ids } },
      _count: { _all: true },
    });
    expect(orders.filter((o) => o._count._all !== 1)).toEqual([]);
    expect(orders.map((o) => o.applicationId).sort()).toEqual([...assigned].sort());
    const bankBooks = (await (await fetch(`${chain().bank.url}/__control/orders`)).json()) as {
      orders: { idempotencyKey: string }[];
    };
    expect(new Set(bankBooks.orders.map((o) => o.idempotencyKey)).size).toBe(bankBooks.orders.length);
    const opened = await db().bankAccountOrder.findMany({ where: { applicationId: { in: assigned } } });
    expect(opened.map((o) => o.status)).toEqual(opened.map(() => "OPENED"));
    expect(opened.some((o) => o.attempts > 1)).toBe(true);

    // No message twice: per recipient, every text arrived once.
    const messages = chain().messaging.store.list();
    const seen = new Set<string>();
    for (const m of messages) {
      const key = `${m.to}\n${m.subject ?? ""}\n${m.text}`;
      expect(seen.has(key), `duplicate message to ${m.to}`).toBe(false);
      seen.add(key);
    }
    // Exactly the expected family messages: registration and visit date for all, decision and card for the final ones.
    for (const id of ids) {
      const kinds = (
        await db().notification.findMany({
          where: { applicationId: id, fallbackOfId: null, kind: { not: "REVIEW_REQUEST" } },
        })
      )
        .map((n) => n.kind)
        .sort();
      const status = statuses.get(id);
      const expected = [
        "INSPECTION_DATE",
        "REGISTRATION_NOTICE",
        ...(status === "AWAITING_REVIEW" ? [] : ["DECISION"]),
        ...(status === "ASSIGNED" ? ["BANK_CARD_PICKUP"] : []),
      ].sort();
      expect(kinds, id).toEqual(expected);
    }

    // Scheduling under concurrency: no inspector is booked beyond their capacity on any day.
    const load = await db().inspection.groupBy({
      by: ["inspectorId", "scheduledFor"],
      where: { inspectorId: { not: null } },
      _count: { _all: true },
    });
    const capacity = new Map(
      (await db().user.findMany({ where: { role: "INSPECTOR" } })).map((u) => [u.id, u.dailyInspectionCapacity ?? 0]),
    );
    for (const l of load) expect(l._count._all).toBeLessThanOrEqual(capacity.get(l.inspectorId!) ?? 0);
  },
);
