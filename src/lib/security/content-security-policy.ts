/**
 * The Content-Security-Policy of every page, following Next 16's nonce pattern: the proxy makes a fresh nonce per
 * request and Next stamps it on its own scripts, so only scripts this server sent can run ('strict-dynamic' lets
 * them load the chunks they import). Styles keep 'unsafe-inline' because React's `style` attributes cannot carry a
 * nonce; a style cannot run code. `frame-ancestors 'none'` refuses every frame (clickjacking on sign-in and decisions).
 */
export function pageContentSecurityPolicy(nonce: string, opts: { dev: boolean }): string {
  // Next's dev server evaluates its hot-reload code; a production build never does.
  const scriptSrc = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(opts.dev ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${scriptSrc.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self' data:`,
    // The tablet's service worker and its fetches stay on this origin.
    `connect-src 'self'`,
    `worker-src 'self'`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

/** A 128-bit random nonce, base64 — Web Crypto, because the proxy may run where Node's crypto is not. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
