import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/create-client";
import { sendSignInCode } from "@/server/services/notifications/send-sign-in-code";
import { bench, inbox, failNext, setUpNotificationBench } from "./support/notification-bench";

setUpNotificationBench("notify-code");

let db: Db;
beforeAll(() => {
  db = bench.db;
});

describe("sign-in code", () => {
  it("reaches the phone, while the outbox keeps only a masked text", async () => {
    const phone = "+994501112233";
    await sendSignInCode(db, { fin: "5ABCD12", phone, code: "482913", locale: "en" });
    const [sms] = await inbox(phone);
    expect(sms!.text).toContain("482913");
    const row = await db.notification.findFirstOrThrow({ where: { recipient: phone, kind: "SIGN_IN_CODE" } });
    expect(row.body).not.toContain("482913");
    expect(row.body).toContain("******");
    expect(row).toMatchObject({ status: "SENT", applicationId: null, providerId: sms!.id, payload: null });
  });

  it("fails loudly when Twilio refuses, so sign-in can say so", async () => {
    await failNext("sms", 2);
    await expect(
      sendSignInCode(db, { fin: "5ABCD12", phone: "+994501112244", code: "111222", locale: "az" }),
    ).rejects.toThrow(/could not be sent/);
    const row = await db.notification.findFirstOrThrow({ where: { recipient: "+994501112244" } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(row.body).not.toContain("111222");
  });
});
