import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { postCredentials } from "./post-credentials";

// The answers Auth.js gives a credentials callback asked with X-Auth-Return-Redirect: a JSON body naming the URL.
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const csrf = () => json({ csrfToken: "token" });

function fetchOf(...answers: (() => Response | Promise<Response>)[]): typeof fetch {
  const queue = [...answers];
  return vi.fn(async () => (queue.shift() ?? (() => Promise.reject(new TypeError("Failed to fetch"))))());
}

describe("signing in with a one-time code on a phone whose signal comes and goes", () => {
  beforeEach(() => vi.stubGlobal("window", { location: { href: "http://127.0.0.1:3000/ru/sign-in" } }));
  afterEach(() => vi.unstubAllGlobals());

  it("is signed in when the callback answers without an error", async () => {
    const fetchImpl = fetchOf(csrf, () => json({ url: "http://127.0.0.1:3000/ru/my" }));
    expect(await postCredentials("citizen-otp", { fin: "5ABC7D2", code: "123456" }, "/ru/my", fetchImpl)).toEqual({
      kind: "signedIn",
    });
    const [, init] = vi.mocked(fetchImpl).mock.calls[1] ?? [];
    expect(String(init?.body)).toContain("csrfToken=token");
    expect(String(init?.body)).toContain("code=123456");
  });

  it("is refused with Auth.js's code when the code is wrong", async () => {
    const refused = () =>
      json({ url: "http://127.0.0.1:3000/api/auth/error?error=CredentialsSignin&code=codeExpired" }, 401);
    expect(await postCredentials("citizen-otp", {}, "/ru/my", fetchOf(csrf, refused))).toEqual({
      kind: "refused",
      code: "codeExpired",
    });
  });

  it("gets no answer, and does not leave the page, when the first request finds no connection", async () => {
    expect(await postCredentials("citizen-otp", {}, "/ru/my", fetchOf())).toEqual({ kind: "noAnswer" });
    expect(window.location.href).toBe("http://127.0.0.1:3000/ru/sign-in");
  });

  it("gets no answer when the connection drops between the token and the code", async () => {
    expect(await postCredentials("citizen-otp", {}, "/ru/my", fetchOf(csrf))).toEqual({ kind: "noAnswer" });
  });
});
