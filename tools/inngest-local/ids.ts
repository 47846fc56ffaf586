import { randomBytes } from "node:crypto";

// Crockford base32, as ULIDs use: ids sort by creation time, like the Dev Server's run and event ids.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID-shaped id: 48 bits of milliseconds then 80 random bits. */
export function newId(now: number = Date.now()): string {
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let random = "";
  for (let i = 0; i < 16; i++) random += alphabet[(bytes[i] ?? 0) % 32];
  return time + random;
}
