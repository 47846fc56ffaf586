import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";
import { pageContentSecurityPolicy } from "./content-security-policy";

function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
}

describe("page Content-Security-Policy", () => {
  it("allows only nonce-stamped scripts, no frames, no plugins", () => {
    const policy = pageContentSecurityPolicy("abc", { dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("the proxy answers a page with a fresh nonce and hands the same nonce to Next's renderer", () => {
    const first = proxy(new NextRequest("http://localhost/az/sign-in"));
    const second = proxy(new NextRequest("http://localhost/az/sign-in"));
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    // NextResponse.next({ request: { headers } }) forwards request headers as x-middleware-request-*.
    expect(nonceOf(first.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
  });

  it("keeps the language routing: a path without a locale is still redirected, with the policy", () => {
    const res = proxy(new NextRequest("http://localhost/sign-in", { headers: { "accept-language": "ru" } }));
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(res.headers.get("location")).toContain("/ru/sign-in");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
