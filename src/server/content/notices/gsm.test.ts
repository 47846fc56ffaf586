import { describe, expect, it } from "vitest";
import { isGsm7, smsSize, toGsmLatin } from "./gsm";

describe("SMS encoding", () => {
  it("counts 160 GSM-7 characters as one segment and 161 as two of 153", () => {
    expect(smsSize("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(smsSize("a".repeat(161)).segments).toBe(2);
    expect(smsSize("a".repeat(306)).segments).toBe(2);
    expect(smsSize("a".repeat(307)).segments).toBe(3);
  });

  it("counts extension-table characters twice", () => {
    expect(smsSize("€").units).toBe(2);
    expect(smsSize("a".repeat(159) + "[").segments).toBe(2);
  });

  it("switches the whole text to UCS-2 for one character outside GSM-7", () => {
    expect(smsSize("a".repeat(69) + "ə")).toEqual({ encoding: "UCS-2", units: 70, segments: 1 });
    expect(smsSize("Код".repeat(24)).segments).toBe(2);
    expect(smsSize("x".repeat(134) + "ж").segments).toBe(3);
  });

  it("knows which Azerbaijani letters GSM-7 has", () => {
    expect(isGsm7("öüÖÜÇ")).toBe(true);
    for (const letter of ["ə", "Ə", "ş", "Ş", "ç", "ğ", "Ğ", "ı", "İ"]) expect(isGsm7(letter)).toBe(false);
  });

  it("spells Azerbaijani in the GSM alphabet and keeps the letters it has", () => {
    expect(toGsmLatin("Şəxsiyyət vəsiqəsi, İlkin Çağırış, göndərilib")).toBe(
      "Sexsiyyet vesiqesi, Ilkin Çagiris, gönderilib",
    );
    expect(isGsm7(toGsmLatin("ÜDSY: qərar — «təyin edildi» …"))).toBe(true);
  });
});
