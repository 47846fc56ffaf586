import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ReactNode } from "react";
import {
  _createCache,
  _createIntlFormatters,
  createTranslator,
  type AbstractIntlMessages,
  type RichTranslationValues,
} from "use-intl/core";
import formatCompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import precompileCatalog from "./precompile-catalog.mjs";

// The app's build formats every text from its compiled form (next.config.mjs); tests, tsx and the catalogs as
// written use the full ICU formatter. Both must give a reader the same words: each text of each catalog is formatted
// both ways, with values that reach each of its plural and select branches.

type Catalog = { [key: string]: unknown };

const messagesDir = path.resolve(import.meta.dirname, "../../src/messages");
const timeZone = "Asia/Baku";
const numbers = [0, 1, 2, 5, 21, 1234.5];

function catalogFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return catalogFiles(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

const isNamespace = (value: unknown): value is Catalog =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function texts(catalog: Catalog, prefix = ""): [string, unknown][] {
  return Object.entries(catalog).flatMap(([k, v]) =>
    isNamespace(v) ? texts(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

type Arguments = Map<string, { kind: string; keys: string[] }>;

/**
 * The arguments of a compiled text and what each is. In icu-minify's form a text is a string or a list of parts; a
 * part is a string, 0 (the `#` of a plural), or an argument: `[name]`, `[name, type, …]` (1 select, 2 plural,
 * 3 selectordinal, 4 number, 5 date, 6 time; a select's or plural's branches are texts) or a tag `[name, …parts]`.
 */
function argumentsOfText(text: unknown, found: Arguments): void {
  if (Array.isArray(text)) for (const part of text) if (Array.isArray(part)) argumentsOfPart(part, found);
}

function argumentsOfPart([name, type, ...rest]: unknown[], found: Arguments): void {
  if (typeof name !== "string") return;
  const branches = isNamespace(rest[0]) ? rest[0] : {};
  if (type === undefined) found.set(name, found.get(name) ?? { kind: "text", keys: [] });
  else if (type === 1) found.set(name, { kind: "select", keys: Object.keys(branches) });
  else if (type === 2 || type === 3 || type === 4) found.set(name, { kind: "number", keys: [] });
  else if (type === 5 || type === 6) found.set(name, { kind: "date", keys: [] });
  else {
    found.set(name, { kind: "tag", keys: [] });
    argumentsOfText([type, ...rest], found);
  }
  if (type === 1 || type === 2 || type === 3)
    for (const branch of Object.values(branches)) argumentsOfText(branch, found);
}

const tag = (name: string) => (chunks: ReactNode) =>
  `<${name}>${Array.isArray(chunks) ? chunks.join("") : String(chunks)}</${name}>`;

function valueSets(compiled: unknown): RichTranslationValues[] {
  const found: Arguments = new Map();
  argumentsOfText(compiled, found);
  // Enough value sets to reach every branch of the longest select once, and every number of `numbers`.
  const sets = Math.max(numbers.length, ...[...found.values()].map(({ keys }) => keys.length));
  return Array.from({ length: sets }, (_, i) =>
    Object.fromEntries(
      [...found].map(([name, { kind, keys }]) => {
        if (kind === "number") return [name, numbers[i % numbers.length] ?? 0];
        if (kind === "select") return [name, keys[i % keys.length] ?? "other"];
        if (kind === "date") return [name, new Date(Date.UTC(2026, 11, 4, 8, 30))];
        if (kind === "tag") return [name, tag(name)];
        return [name, `«${name}»`];
      }),
    ),
  );
}

describe("a compiled text", () => {
  for (const file of catalogFiles(messagesDir)) {
    const name = path.relative(messagesDir, file);
    it(`reads as the text written, in ${name}`, () => {
      const locale = path.basename(file, ".json");
      const written = JSON.parse(readFileSync(file, "utf8")) as Catalog;
      const built = JSON.parse(precompileCatalog(readFileSync(file, "utf8"))) as Catalog;
      // Keys come from the files here, not from the app's typed catalog.
      const t = createTranslator({ locale, messages: written as AbstractIntlMessages, timeZone });
      const formatWritten = t.rich as unknown as (key: string, values: RichTranslationValues) => ReactNode;
      const cache = _createCache();
      const options = { cache, formatters: _createIntlFormatters(cache), locale, timeZone };
      const compiledTexts = new Map(texts(built));
      for (const [key] of texts(written)) {
        const compiled = compiledTexts.get(key);
        for (const values of valueSets(compiled)) {
          const expected = formatWritten(key, values);
          const actual = formatCompiled(key, compiled as Parameters<typeof formatCompiled>[1], values, options);
          expect(actual, `${key} ${JSON.stringify(values)}`).toEqual(expected);
        }
      }
    });
  }
});
