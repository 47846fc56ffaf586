import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  newTotpSecret,
  otpauthUri,
  totpCode,
  totpStep,
  verifyTotp,
  type TotpAlgorithm,
} from "./totp";
import { matchRecoveryCode, newRecoveryCodes, recoveryCodeDigest } from "./recovery-codes";

// RFC 6238, Appendix B: 8-digit codes, 30-second steps, one seed per hash.
const seeds: Record<TotpAlgorithm, Buffer> = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};
const vectors: [number, string, TotpAlgorithm][] = [
  [59, "94287082", "sha1"],
  [59, "46119246", "sha256"],
  [59, "90693936", "sha512"],
  [1111111109, "07081804", "sha1"],
  [1111111109, "68084774", "sha256"],
  [1111111109, "25091201", "sha512"],
  [1111111111, "14050471", "sha1"],
  [1111111111, "67062674", "sha256"],
  [1111111111, "99943326", "sha512"],
  [1234567890, "89005924", "sha1"],
  [1234567890, "91819424", "sha256"],
  [1234567890, "93441116", "sha512"],
  [2000000000, "69279037", "sha1"],
  [2000000000, "90698825", "sha256"],
  [2000000000, "38618901", "sha512"],
  [20000000000, "65353130", "sha1"],
  [20000000000, "77737706", "sha256"],
  [20000000000, "47863826", "sha512"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(vectors)("at T=%i the code is %s (%s)", (seconds, code, algorithm) => {
    expect(totpCode(seeds[algorithm], new Date(seconds * 1000), { digits: 8, periodSeconds: 30, algorithm })).toBe(
      code,
    );
  });

  it("base32 round-trips and reads the RFC seed the way apps show it", () => {
    expect(base32Encode(seeds.sha1)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")?.equals(seeds.sha1)).toBe(true);
    expect(base32Decode("not base32!")).toBeNull();
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
  });

  it("accepts the code of this step and one either side, once, and nothing further off", () => {
    const secret = base32Encode(seeds.sha1);
    const key = seeds.sha1;
    const now = new Date(1_111_111_111_000);
    const step = totpStep(now);
    expect(verifyTotp(secret, totpCode(key, now), now, null)).toBe(step);
    expect(verifyTotp(secret, totpCode(key, new Date(now.getTime() - 30_000)), now, null)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(key, new Date(now.getTime() + 30_000)), now, null)).toBe(step + 1);
    expect(verifyTotp(secret, totpCode(key, new Date(now.getTime() - 90_000)), now, null)).toBeNull();
    // A replay: the step was used already.
    expect(verifyTotp(secret, totpCode(key, now), now, step)).toBeNull();
    expect(verifyTotp(secret, "12345", now, null)).toBeNull();
    expect(verifyTotp(secret, "abcdef", now, null)).toBeNull();
  });

  it("names the account and issuer in the enrolment address", () => {
    expect(otpauthUri("GEZDGNBV", "ali@example.az")).toBe(
      "otpauth://totp/VEMTAS%3Aali%40example.az?secret=GEZDGNBV&issuer=VEMTAS&algorithm=SHA1&digits=6&period=30",
    );
  });
});

describe("recovery codes", () => {
  it("are distinct, match their digest however typed, and nothing else", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const digests = codes.map(recoveryCodeDigest);
    const third = codes[2] ?? "";
    expect(matchRecoveryCode(third.toUpperCase().replace(/-/g, " "), digests)).toBe(2);
    expect(matchRecoveryCode("aaaa-bbbb-cccc", digests)).toBe(-1);
    expect(matchRecoveryCode(third, [])).toBe(-1);
  });
});
