import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import precompileCatalog from "./precompile-catalog.mjs";

/** A catalog, as written or as built: a built text with arguments is an array (icu-minify's form). */
type Catalog = { [key: string]: unknown };

const isNamespace = (value: unknown): value is Catalog =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const messagesDir = path.resolve(import.meta.dirname, "../../src/messages");

function catalogFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return catalogFiles(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([k, v]) => (isNamespace(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const read = (file: string): Catalog => JSON.parse(readFileSync(file, "utf8")) as Catalog;
const compiled = (file: string): Catalog => JSON.parse(precompileCatalog(readFileSync(file, "utf8"))) as Catalog;

describe("the catalogs as the build compiles them", () => {
  it("keep every key of every catalog", () => {
    for (const file of catalogFiles(messagesDir)) expect(keys(compiled(file)), file).toEqual(keys(read(file)));
  });

  // These texts are read as they are, without a translator: a CSV report's headings (src/lib/reports/report-tables.ts)
  // and the pages without next-intl's provider (src/app/not-found.tsx and both error pages, except `reference`,
  // which src/components/recovery/fault-recovery.tsx formats). Were one of them to hold ICU syntax, the build would
  // change what the reader sees.
  it("leave as they are the texts read without a translator", () => {
    const both = (file: string) => ({
      raw: read(path.join(messagesDir, file)),
      built: compiled(path.join(messagesDir, file)),
    });
    for (const locale of ["az", "ru", "en"]) {
      const core = both(`${locale}.json`);
      const reports = both(`reports/${locale}.json`);
      const recovery = both(`recovery/${locale}.json`);
      expect(core.built.status, locale).toEqual(core.raw.status);
      expect(reports.built.reports, locale).toMatchObject({
        columns: (reports.raw.reports as Catalog).columns,
        grounds: (reports.raw.reports as Catalog).grounds,
      });
      expect({ ...(recovery.built.recovery as Catalog), reference: "" }, locale).toEqual({
        ...(recovery.raw.recovery as Catalog),
        reference: "",
      });
      // The global error page splits `reference` at its one plain argument instead of formatting it
      // (globalFaultTexts in recovery-texts.ts): text, the digest, text.
      const reference = (recovery.built.recovery as Catalog).reference;
      expect(Array.isArray(reference) && reference.filter((part) => typeof part !== "string"), locale).toEqual([
        ["digest"],
      ]);
    }
  });
});
