import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { newTotpSecret, otpauthUri } from "./totp";
import { totpQr } from "./totp-qr";

// The enrolment page's QR code: the right address, drawn module for module with the standard quiet zone.

const dark = (path: string) => new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));

describe("the enrolment QR code", () => {
  const secret = newTotpSecret();
  const uri = otpauthUri(secret, "caseworker.nasimi@vemtas.local");

  it("carries the otpauth address an authenticator app reads: issuer, account, secret, SHA1, 6 digits, 30 s", () => {
    const url = new URL(uri);
    expect(url.protocol).toBe("otpauth:");
    expect(url.host).toBe("totp");
    expect(decodeURIComponent(url.pathname)).toBe("/VEMTAS:caseworker.nasimi@vemtas.local");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      secret,
      issuer: "VEMTAS",
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });

  it("draws exactly the dark modules of that address's QR code, inside a 4-module quiet zone", () => {
    const qr = totpQr(uri);
    const reference = encode(uri, { ecc: "M", border: 0 });
    expect(qr.size).toBe(reference.size + 8);
    const expected = new Set<string>();
    reference.data.forEach((row, y) => row.forEach((on, x) => on && expected.add(`${x + 4},${y + 4}`)));
    expect(dark(qr.path)).toEqual(expected);
    // The three finder patterns' corners are dark, and the quiet zone is empty.
    for (const [x, y] of [
      [4, 4],
      [qr.size - 5, 4],
      [4, qr.size - 5],
    ])
      expect(dark(qr.path).has(`${x},${y}`)).toBe(true);
    expect([...dark(qr.path)].every((k) => k.split(",").every((n) => Number(n) >= 4 && Number(n) < qr.size - 4))).toBe(
      true,
    );
  });

  it("changes with the secret: another secret gives another picture", () => {
    expect(totpQr(otpauthUri(newTotpSecret(), "a@vemtas.local")).path).not.toBe(
      totpQr(otpauthUri(newTotpSecret(), "a@vemtas.local")).path,
    );
  });
});
