import { describe, expect, it } from "vitest";
import { renderStaffUnlockEmail } from "./send-staff-unlock-email";

describe("the staff unlock e-mail", () => {
  it("names the number of failed attempts and carries the link with the token", () => {
    const email = { to: "a@b.az", token: "tok123", tokenId: "t1" };
    expect(renderStaffUnlockEmail("https://vemtas.example/", { ...email, locale: "en" })).toEqual({
      subject: "VEMTAS: your staff account is locked",
      text:
        "Your VEMTAS staff account was locked after 5 failed sign-in attempts in a row.\n\n" +
        "If it was you, open this link within one hour to unlock it:\nhttps://vemtas.example/en/staff/unlock#tok123\n\n" +
        "If it was not you, someone may be guessing your password: tell your administrator. The link works once.",
    });
    expect(renderStaffUnlockEmail("https://vemtas.example", { ...email, locale: "az" }).text).toContain(
      "ardıcıl 5 uğursuz giriş cəhdindən sonra kilidləndi.\n\nBu siz idinizsə, kilidi açmaq üçün bu keçidi bir saat ərzində açın:\nhttps://vemtas.example/az/staff/unlock#tok123",
    );
  });
});
