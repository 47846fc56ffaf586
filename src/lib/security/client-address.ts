/**
 * The caller's address, for rate limits only. The service runs behind the kit's reverse proxy, which sets
 * X-Forwarded-For (its first entry is the client) — exposed directly, a caller could pick its own address, so
 * deployments must keep the proxy in front (docs/security.md). Without the header: one shared "direct" subject.
 */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim();
  // Bounded: a subject is part of a database key.
  return (address || "direct").slice(0, 64);
}

/** The first of az/ru/en the caller accepts (Accept-Language), else Azerbaijani. */
export function preferredLocaleOf(headers: Headers): "az" | "ru" | "en" {
  const accepted = (headers.get("accept-language") ?? "")
    .toLowerCase()
    .split(",")
    .map((part) => part.trim().slice(0, 2));
  return accepted.find((l): l is "az" | "ru" | "en" => l === "az" || l === "ru" || l === "en") ?? "az";
}
