import { createHmac } from "node:crypto";
import twilio from "twilio";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { signBankCallback } from "@/server/integrations/bank/callback-signature";
import { applyBankCallback } from "@/server/services/bank/apply-bank-callback";
import { applyResendWebhook } from "@/server/services/notifications/apply-resend-webhook";
import { applyTwilioStatusCallback } from "@/server/services/notifications/apply-twilio-status-callback";
import { applyPaymentCallback } from "@/server/services/payments/apply-payment-callback";
import en from "@/messages/en.json";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// A NUL byte (which PostgreSQL refuses in text: a 500 if it reached a query) or another control character in any
// string of a signed webhook body or a tRPC input is a 400 before anything is read or written.

const testDb = migratedDbPerFile("controlchars");
const db = () => testDb.current().db;
const now = new Date("2026-03-02T08:00:00Z");
const BANK_SECRET = "bank-callback-secret-for-control-chars";
const RESEND_SECRET = `whsec_${Buffer.from("resend-secret-for-control-chars").toString("base64")}`;
const TWILIO_TOKEN = "twilio-token-for-control-chars";
const APP_BASE_URL = "https://vemtas.example.az";
const CONTROLS = ["\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u007f", "\u0085", "\u009f"];

let order: { id: string; bankReference: string | null; idempotencyKey: string };
let citizen: SessionUser;
let caseworker: SessionUser;

const snapshot = async () =>
  JSON.stringify([
    await db().bankAccountOrder.findMany({ orderBy: { id: "asc" } }),
    await db().paymentOrder.findMany({ orderBy: { id: "asc" } }),
    await db().notification.findMany({ orderBy: { id: "asc" } }),
    await db().application.findMany({ orderBy: { id: "asc" } }),
    await db().caseNote.findMany({ orderBy: { id: "asc" } }),
  ]);

async function refusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "accepted";
  } catch (e) {
    return e instanceof AppError ? e.code : `server error: ${String(e).slice(0, 160)}`;
  }
}

function svix(body: string) {
  const id = "msg_ctl";
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(RESEND_SECRET.replace(/^whsec_/, ""), "base64");
  return {
    id,
    timestamp,
    signature: `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`,
  };
}

beforeAll(async () => {
  vi.stubEnv("APP_BASE_URL", APP_BASE_URL);
  vi.stubEnv("BANK_API_BASE_URL", "http://127.0.0.1:1");
  vi.stubEnv("BANK_API_KEY", "bank-api-key-for-control-chars");
  vi.stubEnv("BANK_CALLBACK_SECRET", BANK_SECRET);
  vi.stubEnv("RESEND_API_KEY", "re_ctl");
  vi.stubEnv("RESEND_BASE_URL", "http://127.0.0.1:1");
  vi.stubEnv("RESEND_WEBHOOK_SECRET", RESEND_SECRET);
  vi.stubEnv("MAIL_FROM", "VEMTAS <no-reply@vemtas.example.az>");
  vi.stubEnv("TWILIO_ACCOUNT_SID", "ACctl");
  vi.stubEnv("TWILIO_AUTH_TOKEN", TWILIO_TOKEN);
  vi.stubEnv("TWILIO_FROM", "+15005550006");
  vi.stubEnv("TWILIO_API_BASE_URL", "http://127.0.0.1:1");
  await seedReference(db());
  const assigned = await assignedWithBankOrder(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-02-02",
    status: "SENT",
    requestedAt: now,
  });
  order = assigned.order;
  citizen = await citizenSession(db(), "1CTLAAA");
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("control characters in signed webhook bodies", () => {
  it("the bank's account callback: a NUL or control character in orderReference or any other string is a 400, no row changes", async () => {
    const before = await snapshot();
    const genuine = {
      eventId: "EV-ctl-1",
      status: "REJECTED",
      bankOrderId: order.bankReference ?? "BO-1",
      orderReference: order.id,
      idempotencyKey: order.idempotencyKey,
      reasonCode: "KYC_FAILED",
    };
    for (const c of CONTROLS) {
      for (const field of ["orderReference", "eventId", "bankOrderId", "idempotencyKey"] as const) {
        const body = JSON.stringify({ ...genuine, [field]: `${genuine[field]}${c}` });
        expect(
          await refusal(() => applyBankCallback(db(), body, signBankCallback(BANK_SECRET, body, new Date()))),
        ).toBe("invalidInput");
      }
      // In a key too, and deep in the opened account's branch.
      const keyed = JSON.stringify({ ...genuine, [`x${c}`]: 1 });
      expect(
        await refusal(() => applyBankCallback(db(), keyed, signBankCallback(BANK_SECRET, keyed, new Date()))),
      ).toBe("invalidInput");
      const opened = JSON.stringify({
        ...genuine,
        status: "OPENED",
        reasonCode: undefined,
        account: {
          accountNumber: "AZ00BANK0000000000000001",
          branch: { name: `Nəsimi${c}`, address: "Bakı" },
          cardPickupDate: "2026-03-10",
        },
      });
      expect(
        await refusal(() => applyBankCallback(db(), opened, signBankCallback(BANK_SECRET, opened, new Date()))),
      ).toBe("invalidInput");
    }
    expect(await snapshot()).toBe(before);
  });

  it("the bank's payment callback refuses a NUL in paymentReference", async () => {
    const before = await snapshot();
    const body = JSON.stringify({
      kind: "payment",
      eventId: "EV-ctl-2",
      status: "CREDITED",
      bankPaymentId: "BP-1",
      paymentReference: "payment\u0000ref",
      idempotencyKey: "payment-ctl-key",
    });
    expect(await refusal(() => applyPaymentCallback(db(), body, signBankCallback(BANK_SECRET, body, new Date())))).toBe(
      "invalidInput",
    );
    expect(await snapshot()).toBe(before);
  });

  it("Resend's and Twilio's webhooks refuse a NUL in a signed body", async () => {
    const before = await snapshot();
    const resend = JSON.stringify({ type: "email.delivered", created_at: "2026\u0000", data: { email_id: "abc" } });
    expect(await refusal(() => applyResendWebhook(db(), resend, svix(resend)))).toBe("invalidInput");
    const params = { MessageSid: `SM${"ab12".repeat(8)}`, MessageStatus: "delivered", ErrorCode: "1\u0000" };
    const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, `${APP_BASE_URL}/api/webhooks/twilio`, params);
    expect(
      await refusal(() => applyTwilioStatusCallback(db(), new URLSearchParams(params).toString(), signature)),
    ).toBe("invalidInput");
    expect(await snapshot()).toBe(before);
  });
});

describe("control characters in tRPC inputs", () => {
  it("any procedure refuses a NUL or control character in a string (or key) with BAD_REQUEST and a localized message naming the field", async () => {
    const before = await snapshot();
    const app = await createCaller({ db: db(), user: citizen, now, authSecret: "x".repeat(32) }).application.start({
      districtCode: "BAK-NASIMI",
      locale: "az",
    });
    const snapshotAfterStart = await snapshot();
    expect(snapshotAfterStart).not.toBe(before);
    const calls: [string, () => Promise<unknown>][] = [
      [
        "applicationId",
        () =>
          createCaller({ db: db(), user: citizen, now, authSecret: "x".repeat(32) }).application.draft({
            applicationId: `${app.id}\u0000`,
          }),
      ],
      [
        "text",
        () =>
          createCaller({ db: db(), user: caseworker, now, authSecret: "x".repeat(32) }).application.addNote({
            applicationId: app.id,
            text: "Ailə ilə danışıldı.\u0000",
          }),
      ],
      [
        "email",
        () =>
          createCaller({
            db: db(),
            user: null,
            now,
            authSecret: "x".repeat(32),
            clientAddress: "ctl",
          }).auth.requestPasswordReset({
            email: "a\u001b@b.az",
          }),
      ],
    ];
    for (const [field, call] of calls) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code: "BAD_REQUEST", message: "textControlCharacters" });
      expect((error as TRPCError).cause).toMatchObject({ details: { field } });
    }
    expect(en.errors.textControlCharacters).toMatch(/invisible control character/);
    expect(await snapshot()).toBe(snapshotAfterStart);
  });

  it("tabs and line breaks stay allowed in texts", async () => {
    const app = await createCaller({ db: db(), user: citizen, now, authSecret: "x".repeat(32) }).application.start({
      districtCode: "BAK-NASIMI",
      locale: "az",
    });
    const text = "Birinci sətir\r\n\tİkinci sətir";
    await createCaller({ db: db(), user: caseworker, now, authSecret: "x".repeat(32) }).application.addNote({
      applicationId: app.id,
      text,
    });
    expect((await db().caseNote.findFirstOrThrow({ where: { applicationId: app.id } })).text).toBe(text);
  });
});
