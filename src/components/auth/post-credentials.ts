/** What a credentials sign-in came to: signed in, refused (with Auth.js's `code`, if any), or no answer at all. */
export type CredentialsResult = { kind: "signedIn" } | { kind: "refused"; code: string | null } | { kind: "noAnswer" };

/**
 * Signs in with an Auth.js credentials provider as next-auth/react's `signIn(…, { redirect: false })` does (the
 * CSRF token, then the callback with `X-Auth-Return-Redirect`, whose answer names the refusal in its URL), but
 * without its two faults on a phone whose signal comes and goes: when its first request (the provider list) gets
 * no answer it sends the browser to /api/auth/error, so the person lands on the browser's offline page and loses
 * the sign-in form; when a later request gets none it throws, and the form's button stayed disabled. Here a
 * missing answer is a value, and the form says that the connection dropped.
 */
export async function postCredentials(
  provider: string,
  fields: Record<string, string>,
  callbackUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<CredentialsResult> {
  try {
    const csrf = (await (await fetchImpl("/api/auth/csrf")).json()) as { csrfToken?: unknown };
    if (typeof csrf.csrfToken !== "string") return { kind: "noAnswer" };
    const res = await fetchImpl(`/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, callbackUrl }),
    });
    const { url } = (await res.json()) as { url?: unknown };
    if (typeof url !== "string") return { kind: "noAnswer" };
    const answer = new URL(url, window.location.href);
    if (res.ok && !answer.searchParams.has("error")) return { kind: "signedIn" };
    return { kind: "refused", code: answer.searchParams.get("code") };
  } catch {
    return { kind: "noAnswer" };
  }
}
