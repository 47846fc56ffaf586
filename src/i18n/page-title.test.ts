import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/messages/load-messages";
import { localePageFiles, localePagesRoot } from "../../tests/support/locale-pages";
import { locales } from "./locales";
import { PAGE_TITLES } from "./page-title";

const titleOf = (file: string) =>
  /export const generateMetadata = (?:pageTitle\("(\w+)"\);|pageTitleUnlessHidden\(\s*"(\w+)",)/.exec(
    readFileSync(file, "utf8"),
  );

describe("page titles", () => {
  it.each(locales)("are in the %s catalog, one for each page title and nothing else, none empty", async (locale) => {
    const titles = (await loadMessages(locale)).pageTitles;
    expect(Object.keys(titles ?? {}).sort()).toEqual([...PAGE_TITLES].sort());
    for (const text of Object.values(titles ?? {})) expect(text).toMatch(/\S/);
  });

  it("are set on every page, and every title is some page's", () => {
    const files = localePageFiles();
    expect(files.length).toBeGreaterThan(20);
    const used = files.map((file) => {
      const match = titleOf(file);
      expect(match, path.relative(localePagesRoot, file)).not.toBeNull();
      return match?.[1] ?? match?.[2];
    });
    expect([...new Set(used)].sort()).toEqual([...PAGE_TITLES].sort());
  });
});
