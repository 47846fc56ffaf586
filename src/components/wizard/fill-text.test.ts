import { readFileSync } from "node:fs";
import path from "node:path";
import type { CompiledMessage } from "icu-minify/format";
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { describe, expect, it } from "vitest";
import precompileCatalog from "../../../tools/build/precompile-catalog.mjs";
import { WIZARD_CLIENT_NAMESPACES } from "@/messages/load-messages";
import { fillText } from "./fill-text";

// The wizard fills in its texts' plain arguments itself, instead of formatting them with an ICU formatter: each of
// its texts, in each language, must hold no other kind of argument and read as next-intl formats it.

type Catalog = { [key: string]: unknown };
const isNamespace = (value: unknown): value is Catalog =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function texts(catalog: Catalog, prefix = ""): [string, unknown][] {
  return Object.entries(catalog).flatMap(([k, v]) =>
    isNamespace(v) ? texts(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

/** Every plain argument of a compiled text (`[name]`), with a value that shows where it lands. */
function valuesFor(text: unknown): Record<string, string> {
  if (!Array.isArray(text)) return {};
  const names = text.flatMap((part) => (Array.isArray(part) && typeof part[0] === "string" ? [part[0]] : []));
  return Object.fromEntries(names.map((name, i) => [name, `«${name}-${i}»`]));
}

const messagesDir = path.resolve(import.meta.dirname, "../../messages");

describe.each(["az", "ru", "en"])("the wizard's texts in %s", (locale) => {
  const source = readFileSync(path.join(messagesDir, `${locale}.json`), "utf8");
  const raw = JSON.parse(source) as Catalog;
  const built = JSON.parse(precompileCatalog(source)) as Catalog;
  const t = createTranslator({ locale, messages: raw as AbstractIntlMessages, timeZone: "Asia/Baku" });
  const wizardTexts = WIZARD_CLIENT_NAMESPACES.flatMap((namespace) =>
    texts(built[namespace] as Catalog, `${namespace}.`),
  );

  it("are there", () => expect(wizardTexts.length).toBeGreaterThan(50));

  it("have only plain arguments and read as next-intl formats them", () => {
    for (const [key, text] of wizardTexts) {
      const values = valuesFor(text);
      expect(fillText(text as CompiledMessage, values), key).toBe(t(key as never, values as never));
    }
  });

  it("are not filled in without their values", () => {
    const withArguments = wizardTexts.filter(([, text]) => Object.keys(valuesFor(text)).length > 0);
    expect(withArguments.length).toBeGreaterThan(0);
    for (const [key, text] of withArguments) expect(fillText(text as CompiledMessage, {}), key).toBeNull();
  });
});
