// The inspector's tablet service worker: the tablet page keeps working in villages without signal.
//
// It controls only the inspector's pages (registered with the scope /<locale>/inspector) and keeps two caches:
// - the page itself, network first (a fresh page when there is signal; after a few seconds without an answer,
//   or with none, the copy from the last time);
// - the page's scripts, styles, fonts, manifest and icons. Next.js names its built files by their content, so a
//   cached one is never stale: cache first. In development (`?dev`) the names do not change, so network first.
// The visits themselves and the results waiting to be sent live in the page's local storage, not here.

const VERSION = "v1";
const PAGES = `inspector-pages-${VERSION}`;
const ASSETS = `inspector-assets-${VERSION}`;
const DEV = new URL(self.location.href).searchParams.has("dev");
/** How long a page request may take before the tablet shows its copy instead (slow mobile data). */
const PAGE_TIMEOUT_MS = 4000;

const isInspectorPage = (url) => /^\/(az|ru|en)\/inspector\/?$/.test(url.pathname);
const isAsset = (url) =>
  url.pathname.startsWith("/_next/static/") ||
  url.pathname.startsWith("/icons/") ||
  url.pathname.endsWith("/manifest.webmanifest");

self.addEventListener("install", () => {
  void self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("inspector-") && name !== PAGES && name !== ASSETS) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const data = event.data ?? {};
  // The page loaded before this worker controlled it: it sends what it loaded, to be kept for offline use.
  if (data.type === "keep" && Array.isArray(data.urls)) event.waitUntil(keep(data.urls));
  // Sign-out: the page copies go (the page shows whose visits these are).
  if (data.type === "forget") event.waitUntil(caches.delete(PAGES));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && isInspectorPage(url)) event.respondWith(page(request, url));
  else if (isAsset(url)) event.respondWith(DEV ? networkFirst(request) : cacheFirst(request));
});

/** A page answer worth keeping: the page itself, not a redirect to sign-in or an error. */
const keepable = (response) => response.ok && !response.redirected && response.type === "basic";

async function page(request, url) {
  const cache = await caches.open(PAGES);
  const network = fetch(request).then(async (response) => {
    if (keepable(response)) await cache.put(url.pathname, response.clone());
    return response;
  });
  const copy = await cache.match(url.pathname, { ignoreSearch: true, ignoreVary: true });
  if (!copy) return network.catch(() => offlinePage());
  // With a copy at hand, a slow or failed request does not keep the inspector waiting.
  const timeout = new Promise((resolve) => setTimeout(() => resolve(copy), PAGE_TIMEOUT_MS));
  return Promise.race([network.catch(() => copy), timeout]);
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const copy = await cache.match(request, { ignoreVary: true });
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(ASSETS);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const copy = await cache.match(request, { ignoreVary: true });
    if (copy) return copy;
    throw error;
  }
}

async function keep(urls) {
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  for (const href of urls) {
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin) continue;
    try {
      if (isInspectorPage(url)) {
        if (await pages.match(url.pathname, { ignoreVary: true })) continue;
        const response = await fetch(url.pathname, { credentials: "same-origin" });
        if (keepable(response)) await pages.put(url.pathname, response);
      } else if (isAsset(url) && !(await assets.match(url.href, { ignoreVary: true }))) {
        const response = await fetch(url.href);
        if (response.ok) await assets.put(url.href, response);
      }
    } catch {
      // No connection: the next load sends the list again.
    }
  }
}

function offlinePage() {
  const text = "Bağlantı yoxdur · Нет соединения · No connection";
  return new Response(
    `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${text}</title><p style="font:1.25rem sans-serif;padding:1rem">${text}</p>`,
    {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8" },
    },
  );
}
