import { describe, expect, it } from "vitest";
import { carriesSession, signInGate } from "./sign-in-gate";

const LOCALES = ["az", "ru", "en"] as const;
const gate = (path: string, hasSession = false) => signInGate(path, LOCALES, hasSession);

describe("the sign-in gate for visits with no session", () => {
  it("sends staff pages to the staff sign-in in the page's language", () => {
    for (const path of [
      "/en/staff",
      "/en/staff/",
      "/ru/staff/applications/abc123",
      "/az/staff/reviews/r1",
      "/en/staff/visits/v1",
      "/en/staff/attention",
      "/en/staff/two-factor",
      "/ru/admin",
      "/ru/admin/what-if",
      "/en/admin/staff/new",
      "/az/audit",
      "/en/reports",
      "/az/inspector",
    ])
      expect(gate(path), path).toBe(`/${path.split("/")[1]}/staff/sign-in`);
  });

  it("sends the citizen's pages to the citizen's sign-in, back to an application or a draft as their guards do", () => {
    expect(gate("/az/my")).toBe("/az/sign-in");
    expect(gate("/en/applications/cmabc123")).toBe("/en/sign-in?next=%2Fapplications%2Fcmabc123");
    expect(gate("/en/applications/cmabc123/")).toBe("/en/sign-in?next=%2Fapplications%2Fcmabc123");
    expect(gate("/ru/applications/cmabc123/letter")).toBe("/ru/sign-in");
    expect(gate("/en/apply/draft1")).toBe("/en/sign-in?next=%2Fapply%2Fdraft1");
    // An id sign-in would not lead back to (not one of its characters) still goes to sign-in, without the way back.
    expect(gate("/en/applications/a%20b")).toBe("/en/sign-in");
  });

  it("leaves public pages, unknown languages and visits with a session alone", () => {
    for (const path of [
      "/en",
      "/en/",
      "/az/sign-in",
      "/en/staff/sign-in",
      "/en/staff/sign-in/forgot",
      "/en/staff/unlock",
      "/en/staff/password",
      "/en/staff/home",
      "/en/staffing",
      "/en/reports-old",
      "/en/test-only/server-error",
      "/en/no-such-page",
      "/staff",
      "/de/staff",
    ])
      expect(gate(path), path).toBeNull();
    expect(gate("/en/staff", true)).toBeNull();
    expect(gate("/az/my", true)).toBeNull();
  });

  it("knows Auth.js's session cookie under its names and in chunks, and nothing else", () => {
    expect(carriesSession(["authjs.session-token"])).toBe(true);
    expect(carriesSession(["__Secure-authjs.session-token"])).toBe(true);
    expect(carriesSession(["NEXT_LOCALE", "__Secure-authjs.session-token.0", "__Secure-authjs.session-token.1"])).toBe(
      true,
    );
    expect(carriesSession(["NEXT_LOCALE", "authjs.csrf-token", "authjs.callback-url"])).toBe(false);
    expect(carriesSession([])).toBe(false);
  });
});
