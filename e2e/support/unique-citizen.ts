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
