import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { appRouter, createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { signBankCallback } from "@/server/integrations/bank/callback-signature";
import { applyBankCallback } from "@/server/services/bank/apply-bank-callback";
import { applyPaymentCallback } from "@/server/services/payments/apply-payment-callback";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { procedures, type Victim } from "./procedure-inputs";

/**
 * Hostile input to every procedure of the router (enumerated, as the authorization matrix does) and to the bank's
 * webhook: wrong types, a 1 MB string, unicode, injection payloads, unsigned and forged callbacks. Each call must
 * end in success or a business refusal — never a server error — and a refused call must leave the row it aimed
 * at as it was. Runs are few per procedure (seeded, reproducible) to keep the file within a couple of minutes.
 */

const testDb = migratedDbPerFile("fuzz");
const now = new Date("2026-03-02T08:00:00Z");
const RUNS = 6;
let victim: Victim;
const callers: Record<string, SessionUser> = {};

const hostileString = fc.oneof(
  fc.constantFrom(
    "' OR '1'='1' --",
    '\'); DROP TABLE "Application"; --',
    "<script>alert(1)</script>",
    "${7*7}{{7*7}}",
    "\u0000\u202e\ud800",
    "Ə".repeat(10_000),
    "x".repeat(1_000_000),
    "../../etc/passwd",
    "__proto__",
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, [], {}, Number.NaN, -1, 2 ** 53),
  fc.anything({ maxDepth: 3 }),
);

/** A well-formed input with one field made hostile, or something that is not the input's shape at all. */
function hostileInput(valid: unknown): fc.Arbitrary<unknown> {
  if (valid && typeof valid === "object") {
    const keys = Object.keys(valid);
    if (keys.length === 0) return hostileValue;
    const oneFieldWrong = fc
      .tuple(fc.constantFrom(...keys), hostileValue)
      .map(([key, value]) => ({ ...(valid as Record<string, unknown>), [key]: value }));
    return fc.oneof(oneFieldWrong, hostileValue);
  }
  return hostileValue;
}

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  const citizenA = await citizenSession(db, "1AAAAAA");
  const app = await createCaller({ db, user: citizenA, now, authSecret: "x".repeat(32) }).application.start({
    districtCode: "BAK-NASIMI",
    locale: "az",
  });
  victim = { applicationId: app.id };
  // The owner and the district's own staff: the callers whose calls reach furthest into the services.
  Object.assign(callers, {
    CITIZEN: citizenA,
    CASEWORKER: await staffSession(db, "caseworker.nasimi@vemtas.local"),
    SUPERVISOR: await staffSession(db, "supervisor.nasimi@vemtas.local"),
    INSPECTOR: await staffSession(db, "inspector1.nasimi@vemtas.local"),
    ADMIN: await staffSession(db, "admin@vemtas.local"),
  });
});

async function victimRow(): Promise<string> {
  return JSON.stringify(await testDb.current().db.application.findUnique({ where: { id: victim.applicationId } }));
}

describe("fuzzing every tRPC input", () => {
  for (const path of Object.keys(appRouter._def.procedures).sort()) {
    it(`${path}: no server error, nothing changed by a refused call`, async () => {
      const entry = procedures[path];
      expect(entry, `add ${path} to tests/security/procedure-inputs.ts`).toBeDefined();
      if (!entry) return;
      const role = entry.access === "public" ? null : entry.access === "signedIn" ? "CITIZEN" : entry.access[0];
      const user = role ? (callers[role] ?? null) : null;
      const [area = "", name = ""] = path.split(".");
      const caller = createCaller({
        db: testDb.current().db,
        user,
        now,
        authSecret: "x".repeat(32),
        clientAddress: `fuzz-${path}`,
      });
      const procedure = (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[area]?.[
        name
      ];
      await fc.assert(
        fc.asyncProperty(hostileInput(entry.input?.(victim)), async (input) => {
          const before = await victimRow();
          const outcome = await procedure?.(input).then(
            () => "ok",
            (e: unknown) => (e instanceof TRPCError ? e.code : `thrown: ${String(e)}`),
          );
          expect(outcome).not.toBe("INTERNAL_SERVER_ERROR");
          expect(outcome).not.toMatch(/^thrown/);
          if (outcome !== "ok") expect(await victimRow()).toBe(before);
        }),
        { numRuns: RUNS, seed: 18 },
      );
    });
  }
});

describe("fuzzing the bank's webhook", () => {
  it("unsigned, forged and malformed callbacks are refused as business errors and change nothing", async () => {
    const { db } = testDb.current();
    const secret = "bank-callback-secret-for-fuzzing";
    vi.stubEnv("APP_BASE_URL", "http://127.0.0.1:1");
    vi.stubEnv("BANK_API_BASE_URL", "http://127.0.0.1:1");
    vi.stubEnv("BANK_API_KEY", "bank-api-key-for-fuzzing");
    vi.stubEnv("BANK_CALLBACK_SECRET", secret);
    const orders = JSON.stringify(await db.bankAccountOrder.findMany({ orderBy: { id: "asc" } }));
    const body = fc.oneof(
      hostileString,
      fc.json(),
      fc.constant(JSON.stringify({ status: "OPENED", orderReference: "x", account: {} })),
    );
    const signature = fc.oneof(fc.constant(null), hostileString, fc.stringMatching(/^sha256=[0-9a-f]{64}$/));
    // A correctly signed callback about an order that is not ours, sent twice (a replay): refused both times.
    const signedUnknown = JSON.stringify({ status: "OPENED", orderReference: "not-ours", account: {} });
    for (let i = 0; i < 2; i++) {
      await expect(
        applyBankCallback(db, signedUnknown, signBankCallback(secret, signedUnknown, new Date())),
      ).rejects.toBeInstanceOf(AppError);
    }
    await fc.assert(
      fc.asyncProperty(body, signature, async (raw, sig) => {
        const refusal = await applyBankCallback(db, raw, sig).then(
          () => "accepted",
          (e: unknown) => (e instanceof AppError ? e.code : `thrown: ${String(e)}`),
        );
        expect(["credentialsInvalid", "invalidInput", "notFound"]).toContain(refusal);
      }),
      { numRuns: 30, seed: 18 },
    );
    // Correctly signed, so parsing and the lookups are reached: hostile strings (a NUL byte among them, which
    // PostgreSQL refuses in text) in every field of the real shape are a 400 or not found, never a server error.
    const signedHostile = fc
      .record({
        eventId: hostileString,
        status: fc.constantFrom("OPENED", "REJECTED"),
        bankOrderId: hostileString,
        orderReference: fc.oneof(hostileString, fc.constant("order\u0000ref")),
        idempotencyKey: hostileString,
        reasonCode: hostileString,
      })
      .map((v) => JSON.stringify(v));
    await fc.assert(
      fc.asyncProperty(signedHostile, async (raw) => {
        const refusal = await applyBankCallback(db, raw, signBankCallback(secret, raw, new Date())).then(
          () => "accepted",
          (e: unknown) => (e instanceof AppError ? e.code : `thrown: ${String(e)}`),
        );
        expect(["invalidInput", "notFound"]).toContain(refusal);
      }),
      { numRuns: 30, seed: 18 },
    );
    expect(JSON.stringify(await db.bankAccountOrder.findMany({ orderBy: { id: "asc" } }))).toBe(orders);
    vi.unstubAllEnvs();
  });

  it("payment callbacks: unsigned, forged, malformed or about a payment not ours are refused and change nothing", async () => {
    const { db } = testDb.current();
    const secret = "bank-callback-secret-for-fuzzing";
    vi.stubEnv("APP_BASE_URL", "http://127.0.0.1:1");
    vi.stubEnv("BANK_API_BASE_URL", "http://127.0.0.1:1");
    vi.stubEnv("BANK_API_KEY", "bank-api-key-for-fuzzing");
    vi.stubEnv("BANK_CALLBACK_SECRET", secret);
    const payments = JSON.stringify(await db.paymentOrder.findMany({ orderBy: { id: "asc" } }));
    const notOurs = JSON.stringify({
      kind: "payment",
      eventId: "EV-1",
      status: "CREDITED",
      bankPaymentId: "BP-1",
      paymentReference: "not-ours",
      idempotencyKey: "payment-not-ours",
    });
    for (let i = 0; i < 2; i++) {
      await expect(
        applyPaymentCallback(db, notOurs, signBankCallback(secret, notOurs, new Date())),
      ).rejects.toBeInstanceOf(AppError);
    }
    const body = fc.oneof(
      hostileString,
      fc.json(),
      fc.constant(notOurs),
      fc.constant(JSON.stringify({ kind: "payment", status: "CREDITED" })),
    );
    const signature = fc.oneof(fc.constant(null), hostileString, fc.stringMatching(/^t=\d{10},v1=[0-9a-f]{64}$/));
    await fc.assert(
      fc.asyncProperty(body, signature, async (raw, sig) => {
        const refusal = await applyPaymentCallback(db, raw, sig).then(
          () => "accepted",
          (e: unknown) => (e instanceof AppError ? e.code : `thrown: ${String(e)}`),
        );
        expect(["credentialsInvalid", "invalidInput", "notFound"]).toContain(refusal);
      }),
      { numRuns: 30, seed: 18 },
    );
    expect(JSON.stringify(await db.paymentOrder.findMany({ orderBy: { id: "asc" } }))).toBe(payments);
    vi.unstubAllEnvs();
  });
});
