import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FAMILY_PAGE_POLL_MS } from "./family-page-poll";

const components = path.resolve(import.meta.dirname, "..");
const sources = readdirSync(components, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
  .map((f) => ({ file: f, text: readFileSync(path.join(components, f), "utf8") }));

describe("the family page's polling pace", () => {
  it("is one constant, defined once", () => {
    expect(FAMILY_PAGE_POLL_MS).toBe(10_000);
    const definitions = sources.filter((s) => /\bconst\s+\w*POLL\w*\s*=/.test(s.text)).map((s) => s.file);
    expect(definitions).toEqual([path.join("application", "family-page-poll.ts")]);
  });

  it("is the pace of every section that asks again", () => {
    const polling = sources.filter((s) => s.text.includes("refetchInterval"));
    expect(polling.map((s) => s.file).sort()).toEqual(
      [
        path.join("application", "citizen-application.tsx"),
        path.join("assistance-year", "family-payments.tsx"),
        path.join("changes", "change-report-section.tsx"),
      ].sort(),
    );
    for (const s of polling) {
      for (const line of s.text.split("\n").filter((l) => l.includes("refetchInterval"))) {
        expect(line, s.file).toContain("FAMILY_PAGE_POLL_MS");
      }
    }
  });
});
