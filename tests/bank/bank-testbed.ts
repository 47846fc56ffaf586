import { afterAll, beforeAll, expect } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/create-client";
import { latestRound } from "@/server/services/bank/bank-order-rounds";
import { startBankSim, type BankSim } from "../../tools/fakes/bank-sim";
import { serveRoutes } from "../../tools/fakes/testing/route-server";
import { waitFor } from "../../tools/fakes/testing/wait-for";
import { startEventSink, type EventSink } from "../support/event-sink";
import { migratedDatabase } from "../support/migrated-database";

// What the bank's tests share: a database, two simulated banks (one answering by callback after a second, one
// answering at once), the bank's webhook served as the app serves it, and a sink for the events the app sends.

export const API_KEY = "bank-api-key-for-tests";
export const SECRET = "bank-callback-secret-for-tests";

export interface BankWorld {
  db: Db;
  /** Answers by a signed callback a second after the order; can be told to time out, fail or reject. */
  sim: BankSim;
  /** Opens the account in its answer to the order. */
  syncSim: BankSim;
  routes: { url: string; stop: () => Promise<void> };
  /** Stands in for the Inngest endpoint the client sends events to (INNGEST_DEV=<url>): keeps what arrives. */
  eventSink: EventSink;
}

/**
 * Sets the world up before the file's tests and takes it down after them; read `current()` inside a test.
 * `bankTimeoutMs` is how long the app waits for the bank's answer to an order: short where a test times it out.
 */
export function bankTestbed(prefix: string, bankTimeoutMs: number) {
  let world: BankWorld | undefined;
  let drop: (() => Promise<void>) | undefined;
  let seq = 0;

  beforeAll(async () => {
    const database = await migratedDatabase(prefix);
    drop = database.drop;
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      BANK_API_KEY: API_KEY,
      BANK_CALLBACK_SECRET: SECRET,
      BANK_TIMEOUT_MS: String(bankTimeoutMs),
      BANK_MAX_ATTEMPTS: "3",
    });
    const eventSink = await startEventSink();
    process.env.INNGEST_DEV = eventSink.url;
    const bankRoute = await import("@/app/api/webhooks/bank/route");
    const routes = await serveRoutes({ "/api/webhooks/bank": bankRoute.POST });
    process.env.APP_BASE_URL = routes.url;
    const sim = await startBankSim({
      port: 0,
      apiKey: API_KEY,
      callbackSecret: SECRET,
      callbackDelayMs: 1000,
      timeoutHoldMs: 2000,
    });
    const syncSim = await startBankSim({ port: 0, apiKey: API_KEY, callbackSecret: SECRET, answer: "sync" });
    world = { db: createPrismaClient(database.url), sim, syncSim, routes, eventSink };
  });

  afterAll(async () => {
    await world?.sim.stop();
    await world?.syncSim.stop();
    await world?.routes.stop();
    await world?.eventSink.stop();
    await world?.db.$disconnect();
    await drop?.();
  });

  const current = (): BankWorld => {
    if (!world) throw new Error("the bank's testbed is not ready: use it inside a test or a hook");
    return world;
  };

  /** A final decision assigning assistance to a new one-member family: what a bank account is ordered for. */
  async function assignedDecision() {
    const { db } = current();
    seq += 1;
    const user = await db.user.create({
      data: { role: "CITIZEN", name: `Rep ${seq}`, fin: `B${String(seq).padStart(6, "0")}`, phone: "+994501234567" },
    });
    const application = await db.application.create({
      data: {
        applicantId: user.id,
        status: "ASSIGNED",
        registrationNumber: `VEM-2026-9${String(seq).padStart(5, "0")}`,
        applicationDate: new Date("2026-03-02T00:00:00Z"),
        contactPhone: "+994501234567",
        members: {
          create: {
            fin: `B${String(seq).padStart(6, "0")}`,
            firstName: "Aynur",
            lastName: "Məmmədova",
            patronymic: "Rauf qızı",
            birthDate: new Date("1988-05-14T00:00:00Z"),
            relation: "APPLICANT",
          },
        },
      },
    });
    return db.decision.create({
      data: {
        applicationId: application.id,
        outcome: "ASSIGN",
        amountQepik: 24_000,
        periodFrom: new Date("2026-03-01T00:00:00Z"),
        periodTo: new Date("2027-02-28T00:00:00Z"),
        reasons: [],
        rulesChecked: [],
        decidedBy: "SYSTEM",
        final: true,
      },
    });
  }

  async function simOrders(target: BankSim = current().sim) {
    return (await (await fetch(`${target.url}/__control/orders`)).json()) as {
      requests: number;
      orders: { bankOrderId: string; idempotencyKey: string; status: string; callbacksSent: number }[];
    };
  }

  async function control(path: string, body: unknown, target: BankSim = current().sim) {
    const res = await fetch(`${target.url}/__control/${path}`, { method: "POST", body: JSON.stringify(body) });
    expect(res.status).toBe(200);
  }

  const openedOrder = (decisionId: string) =>
    waitFor(async () => {
      const order = await latestRound(current().db, decisionId);
      return order?.status === "OPENED" ? order : null;
    }, "the bank's callback");

  function pointAtBank(target: BankSim) {
    process.env.BANK_API_BASE_URL = target.url;
  }

  return { current, assignedDecision, simOrders, control, openedOrder, pointAtBank };
}
