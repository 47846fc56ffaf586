import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safe return path after sign-in", () => {
  it("accepts the citizen's own pages, without the locale", () => {
    expect(safeReturnPath("/applications/cmx8h1vaf07eydw7d2r3tlbzz")).toBe("/applications/cmx8h1vaf07eydw7d2r3tlbzz");
    expect(safeReturnPath("/applications/abc/letter")).toBe("/applications/abc/letter");
    expect(safeReturnPath("/apply/abc")).toBe("/apply/abc");
    expect(safeReturnPath("/my")).toBe("/my");
  });

  it("ignores anything that could lead elsewhere", () => {
    for (const bad of [
      "https://evil.example/applications/x",
      "//evil.example",
      "/staff/home",
      "/applications/../staff",
      "/applications/x?y=1",
      "applications/x",
      "",
      undefined,
      ["/my"],
    ])
      expect(safeReturnPath(bad)).toBeNull();
  });
});
