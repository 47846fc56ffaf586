import type * as LoggerModule from "@/server/observability/logger";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/server/errors";
import { requestSignInCode } from "@/server/services/auth/request-sign-in-code";
import { migratedDbPerFile } from "../support/test-db";

// A code that cannot be sent is `smsUnavailable` to the citizen (sign-in-code.int.test.ts); here, what the
// operator gets: one line naming the cause, with neither the FIN nor the phone.

const lines = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock("@/server/observability/logger", async (importOriginal) => {
  const actual = await importOriginal<typeof LoggerModule>();
  const { memoryStream } = await import("@/server/observability/test-support/memory-stream");
  const memory = actual.createLogger(memoryStream(lines));
  return { ...actual, scopedLogger: (scope: string) => memory.child({ scope }) };
});

const testDb = migratedDbPerFile("otp_not_sent");

describe("a sign-in code that cannot be sent", () => {
  it("logs the cause once, without the FIN or the phone, and tells the citizen smsUnavailable", async () => {
    const fin = "1NSN001";
    const phone = "+994501112233";
    const cause = `Invalid SMS settings: TWILIO_ACCOUNT_SID: Invalid input (to ${phone})`;
    const attempt = requestSignInCode(
      testDb.current().db,
      { fin, phone, locale: "az", now: new Date("2026-03-02T08:00:00Z"), secret: "s".repeat(40), firstSignIn: true },
      async () => {
        throw new Error(cause);
      },
    );
    await expect(attempt).rejects.toEqual(new AppError("smsUnavailable"));
    const failures = lines.filter((l) => l.msg === "sign-in code not sent");
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ levelName: "error", scope: "auth" });
    expect((failures[0]?.err as { message: string }).message).toContain("TWILIO_ACCOUNT_SID");
    const text = JSON.stringify(lines);
    expect(text).not.toContain(phone);
    expect(text).not.toContain(fin);
  });
});
