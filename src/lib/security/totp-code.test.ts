import { describe, expect, it } from "vitest";
import { ZTotpCode } from "./totp-code";

describe("ZTotpCode", () => {
  it("takes six digits, grouped as the app shows them or not", () => {
    for (const code of ["123456", "123 456", " 123456 "]) expect(ZTotpCode.safeParse(code).success).toBe(true);
  });

  it("says what is expected of an empty code, letters or too few digits", () => {
    for (const code of ["", "abcdef", "12345", "1234567"])
      expect(ZTotpCode.safeParse(code).error?.issues[0]?.message).toBe("errors.totpCodeFormat");
  });
});
