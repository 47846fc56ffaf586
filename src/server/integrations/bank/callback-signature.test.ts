import { describe, expect, it } from "vitest";
import { signBankCallback, verifyBankCallbackSignature } from "./callback-signature";

const secret = "bank-callback-secret-0123456789";
const body = JSON.stringify({ status: "OPENED", orderReference: "o1" });

describe("bank callback signature", () => {
  it("accepts what the bank signed", () => {
    expect(verifyBankCallbackSignature(secret, body, signBankCallback(secret, body))).toBe(true);
  });

  it("refuses a changed body, another secret, a stale timestamp and malformed headers", () => {
    const header = signBankCallback(secret, body);
    expect(verifyBankCallbackSignature(secret, body.replace("OPENED", "REJECTED"), header)).toBe(false);
    expect(verifyBankCallbackSignature("another-secret-0123456789", body, header)).toBe(false);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60 * 1000);
    expect(verifyBankCallbackSignature(secret, body, signBankCallback(secret, body, tenMinutesAgo))).toBe(false);
    for (const bad of [null, "", "v1=abc", "t=1,v1=zz", `t=x,${header.split(",")[1]}`]) {
      expect(verifyBankCallbackSignature(secret, body, bad)).toBe(false);
    }
  });
});
