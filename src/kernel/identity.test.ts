import { describe, expect, it } from "vitest";
import { maskPhone, normalizeAzPhone, ZFin } from "@/kernel/identity";
import { groupPhone } from "@/kernel/identity-format";

describe("normalizeAzPhone", () => {
  it.each([
    ["+994 50 123 45 67", "+994501234567"],
    ["994501234567", "+994501234567"],
    ["050 123 45 67", "+994501234567"],
    ["(055) 123-45-67", "+994551234567"],
    ["70 123 45 67", "+994701234567"],
    ["099-123-45-67", "+994991234567"],
  ])("accepts %s", (raw, e164) => expect(normalizeAzPhone(raw)).toBe(e164));

  it.each([
    ["012 123 45 67", "a Baku landline"],
    ["+7 912 123 45 67", "a foreign number"],
    ["050 123 45 6", "too short"],
    ["050 123 45 678", "too long"],
    ["abc", "not a number"],
  ])("refuses %s (%s)", (raw) => expect(normalizeAzPhone(raw)).toBeNull());
});

describe("groupPhone", () => {
  it("writes a stored mobile number in the groups it is read aloud in, and anything else as it is", () => {
    expect(groupPhone("+994509000003")).toBe("+994 50 900 00 03");
    expect(groupPhone(normalizeAzPhone("(055) 123-45-67") ?? "")).toBe("+994 55 123 45 67");
    expect(groupPhone("+79121234567")).toBe("+79121234567");
  });
});

describe("FIN", () => {
  it("normalizes case and spaces", () => expect(ZFin.parse(" 5abc7d2 ")).toBe("5ABC7D2"));
  it.each(["5ABC7D", "5ABC7D22", "5ABC-D2", "5ƏBC7D2"])("refuses %s with the finFormat message", (raw) => {
    const r = ZFin.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("errors.finFormat");
  });
});

it("masks all but the last two digits of a phone", () => {
  expect(maskPhone("+994501234567")).toBe("+994 ** *** ** 67");
});
