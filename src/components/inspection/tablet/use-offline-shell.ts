"use client";

import { useEffect } from "react";

/**
 * Installs the tablet's service worker (public/inspector-sw.js) for this locale's inspector page, and hands it
 * what this load fetched before it was in control, so the page opens with no signal from the next time on.
 */
export function useOfflineShell(locale: string) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const script = process.env.NODE_ENV === "production" ? "/inspector-sw.js" : "/inspector-sw.js?dev";
    const base = `/${locale}/inspector`;
    void (async () => {
      try {
        await navigator.serviceWorker.register(script, { scope: base });
        const { active } = await navigator.serviceWorker.ready;
        const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
        active?.postMessage({
          type: "keep",
          urls: [
            base,
            `${base}/manifest.webmanifest`,
            "/icons/inspector-192.png",
            "/icons/inspector-512.png",
            ...loaded,
          ],
        });
      } catch {
        // No service worker (an old browser, a private window): the page still works while there is signal.
      }
    })();
  }, [locale]);
}
