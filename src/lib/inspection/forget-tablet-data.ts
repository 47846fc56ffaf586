// Sign-out on a tablet: the family data of the visit packet, the half-typed forms, the answers kept to show what
// was recorded, and the page copies go. The
// outbox stays: it holds visits recorded and not yet sent, which go out when the same inspector signs in again.
// Kept apart from the rest of the tablet code so the sign-out button can load it only when pressed.

export const TABLET_KEY_PREFIX = "vemtas:inspector:";

export async function forgetTabletData(): Promise<void> {
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i) ?? "");
    for (const key of keys) {
      if (
        key.startsWith(TABLET_KEY_PREFIX) &&
        (key.endsWith(":packet") || key.includes(":form:") || key.includes(":recorded:"))
      )
        window.localStorage.removeItem(key);
    }
  } catch {
    // storage unavailable: nothing was kept either
  }
  if (!("serviceWorker" in navigator)) return;
  for (const registration of await navigator.serviceWorker.getRegistrations()) {
    if (new URL(registration.scope).pathname.endsWith("/inspector"))
      registration.active?.postMessage({ type: "forget" });
  }
}
