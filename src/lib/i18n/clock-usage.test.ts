import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Staff pages are server components that format with next-intl's own formatter (getFormatter), which writes English
// times as "11:50 PM": every time of day there goes through the shared clock (clock.ts), as the family's pages do
// through useLocaleFormat (docs/decision-letter.md, "Times on the family's pages"). A time formatted with next-intl's
// formatter directly and not on the 24-hour clock fails here, with its file and line.
const ROOTS = ["src/components", "src/app"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Each `timeStyle` or `hour:` of a file that formats with next-intl's formatter itself, outside the shared clock. */
function timesOffTheClock(file: string, text: string): string[] {
  if (!/\b(getFormatter|useFormatter)\b/.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(/\btimeStyle\b|\bhour:/g)) {
    const before = text.slice(Math.max(0, match.index - 160), match.index);
    const opened = before.lastIndexOf("onTwentyFourHourClock(");
    // Inside the helper's call: no statement ended between the call's opening and the option.
    if (opened >= 0 && !/[;}]\s*\n/.test(before.slice(opened))) continue;
    found.push(`${file}:${text.slice(0, match.index).split("\n").length}`);
  }
  return found;
}

describe("times of day on the pages", () => {
  it("detects a time formatted off the shared clock (the check can fail)", () => {
    const off = `const format = await getFormatter();\nformat.dateTime(d, { dateStyle: "medium", timeStyle: "short" });`;
    const on = `const format = await getFormatter();\nformat.dateTime(d, onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "short" }));`;
    expect(timesOffTheClock("x.tsx", off)).toEqual(["x.tsx:2"]);
    expect(timesOffTheClock("x.tsx", on)).toEqual([]);
  });

  it("writes every time with next-intl's own formatter on the 24-hour clock (staff pages included)", () => {
    const off = ROOTS.flatMap((root) => sourceFiles(root))
      .map((path) => relative(process.cwd(), path))
      .flatMap((file) => timesOffTheClock(file, readFileSync(file, "utf8")));
    expect(off).toEqual([]);
  });
});
