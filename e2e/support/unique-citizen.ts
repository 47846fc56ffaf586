/** A FIN and an Azerbaijani mobile number (E.164 and the local form) that no other test uses. */
export function uniqueCitizen(): { fin: string; phone: string; phoneLocal: string } {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  const fin = Array.from({ length: 7 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
  const subscriber = String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0");
  return {
    fin,
    phone: `+99450${subscriber}`,
    phoneLocal: `050 ${subscriber.slice(0, 3)} ${subscriber.slice(3, 5)} ${subscriber.slice(5)}`,
  };
}

/**
 * The mobile number a given FIN always signs in with here: a FIN's codes go only to the number it first signed in
 * with, so a spec (or its retry) that signs a simulator family's representative in again must use the same one.
 */
export function phoneForFin(fin: string): { phone: string; phoneLocal: string } {
  let hash = 0;
  for (const ch of fin) hash = (hash * 31 + ch.charCodeAt(0)) % 10_000_000;
  const subscriber = String(hash).padStart(7, "0");
  return {
    phone: `+99451${subscriber}`,
    phoneLocal: `051 ${subscriber.slice(0, 3)} ${subscriber.slice(3, 5)} ${subscriber.slice(5)}`,
  };
}
