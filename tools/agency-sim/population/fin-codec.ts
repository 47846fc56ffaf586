import { hash32 } from "./prng";

/**
 * FINs are 7 characters. Here each encodes (family index, position in family) through an invertible affine
 * map modulo 34^7, so a FIN → family lookup is arithmetic (O(1)) while FINs still look scattered. The seed
 * shifts the map, so two populations do not share FINs.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I or O: they read as 1 and 0
const BASE = BigInt(ALPHABET.length);
const MODULUS = BASE ** 7n;
const MULTIPLIER = 0x2545f491n; // odd and not a multiple of 17, so invertible modulo 2^7·17^7
export const MAX_FAMILY_SIZE = 8;

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const INVERSE = modInverse(MULTIPLIER, MODULUS);

function offset(seed: number): bigint {
  return (BigInt(hash32("fin", seed)) * 7919n) % MODULUS;
}

export function encodeFin(seed: number, familyIndex: number, position: number): string {
  const n = BigInt(familyIndex * MAX_FAMILY_SIZE + position);
  let v = (n * MULTIPLIER + offset(seed)) % MODULUS;
  let out = "";
  for (let i = 0; i < 7; i++) {
    out = ALPHABET[Number(v % BASE)] + out;
    v /= BASE;
  }
  return out;
}

export function decodeFin(seed: number, fin: string): { familyIndex: number; position: number } | null {
  if (!/^[0-9A-HJ-NP-Z]{7}$/.test(fin)) return null;
  let v = 0n;
  for (const ch of fin) v = v * BASE + BigInt(ALPHABET.indexOf(ch));
  const n = Number((((((v - offset(seed)) % MODULUS) + MODULUS) % MODULUS) * INVERSE) % MODULUS);
  return { familyIndex: Math.floor(n / MAX_FAMILY_SIZE), position: n % MAX_FAMILY_SIZE };
}
