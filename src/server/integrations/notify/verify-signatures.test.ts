import { createHmac } from "node:crypto";
import { Resend } from "resend";
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { verifyResendSignature, verifyTwilioSignature } from "./verify-signatures";

const token = "test-auth-token-123456";
const url = "https://vemtas.example.az/api/webhooks/twilio";
const params = { MessageSid: `SM${"a".repeat(32)}`, MessageStatus: "delivered" };

describe("Twilio request signature", () => {
  const signature = twilio.getExpectedTwilioSignature(token, url, params);

  it("accepts Twilio's signature over the URL and the fields", () => {
    expect(verifyTwilioSignature(token, signature, url, params)).toBe(true);
  });

  it("refuses a changed field, another URL, another token or no signature", () => {
    expect(verifyTwilioSignature(token, signature, url, { ...params, MessageStatus: "failed" })).toBe(false);
    expect(verifyTwilioSignature(token, signature, "https://evil.example/api/webhooks/twilio", params)).toBe(false);
    expect(verifyTwilioSignature("another-token-000000", signature, url, params)).toBe(false);
    expect(verifyTwilioSignature(token, null, url, params)).toBe(false);
  });
});

describe("Resend webhook signature", () => {
  const secret = `whsec_${Buffer.from("a-shared-secret-of-32-bytes-long").toString("base64")}`;
  const body = JSON.stringify({ type: "email.delivered", data: { email_id: "e1" } });
  const sign = (id: string, timestamp: string, payload: string, key = secret) =>
    `v1,${createHmac("sha256", Buffer.from(key.slice("whsec_".length), "base64"))
      .update(`${id}.${timestamp}.${payload}`)
      .digest("base64")}`;
  const now = String(Math.floor(Date.now() / 1000));

  it("accepts a Svix-style signature made with the secret, as the Resend SDK's own verifier does", () => {
    const headers = { id: "msg_1", timestamp: now, signature: sign("msg_1", now, body) };
    expect(verifyResendSignature(secret, body, headers)).toBe(true);
    expect(() =>
      new Resend("re_test").webhooks.verify({ payload: body, headers, webhookSecret: secret }),
    ).not.toThrow();
  });

  it("accepts any one of several signatures (secret rotation) and tells a bad signature from a malformed body", () => {
    const headers = { id: "msg_2", timestamp: now, signature: `v1,AAAA ${sign("msg_2", now, "not json")}` };
    expect(verifyResendSignature(secret, "not json", headers)).toBe(true);
  });

  it("refuses a changed body, another secret, an old timestamp or missing headers", () => {
    const signature = sign("msg_1", now, body);
    expect(
      verifyResendSignature(secret, body.replace("delivered", "bounced"), { id: "msg_1", timestamp: now, signature }),
    ).toBe(false);
    const other = `whsec_${Buffer.from("another-secret-of-32-bytes-long!").toString("base64")}`;
    expect(
      verifyResendSignature(secret, body, { id: "msg_1", timestamp: now, signature: sign("msg_1", now, body, other) }),
    ).toBe(false);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    expect(
      verifyResendSignature(secret, body, { id: "msg_1", timestamp: old, signature: sign("msg_1", old, body) }),
    ).toBe(false);
    expect(verifyResendSignature(secret, body, { id: null, timestamp: now, signature })).toBe(false);
  });
});
