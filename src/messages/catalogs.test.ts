import { describe, expect, it } from "vitest";
import { appErrorStatus } from "@/server/errors";
import { loadMessages, MESSAGE_AREAS } from "./load-messages";

type Catalog = { [key: string]: string | Catalog };

function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

/**
 * The names of the ICU arguments a message uses ("{name}", "{count, plural, ...}", nested ones inside select and
 * plural branches too). A small reader of the ICU syntax: quoting with apostrophes is not used in the catalogs.
 */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const readUntil = (stops: string): string => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i += 1;
    return message.slice(start, i).trim();
  };
  const skipBlanks = () => {
    while (i < message.length && /\s/.test(message[i]!)) i += 1;
  };
  // A message runs until an unmatched "}" (the end of a branch) or the end of the text.
  const readMessage = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") readArgument();
      else i += 1;
    }
  };
  const readArgument = (): void => {
    i += 1; // "{"
    names.add(readUntil(",}"));
    if (message[i] === "}") {
      i += 1;
      return;
    }
    i += 1; // ","
    const type = readUntil(",}");
    if (["select", "plural", "selectordinal"].includes(type)) {
      i += 1; // ","
      for (skipBlanks(); i < message.length && message[i] !== "}"; skipBlanks()) {
        readUntil("{"); // the branch's key
        i += 1;
        readMessage();
        i += 1; // the branch's "}"
      }
    } else {
      let depth = 0;
      while (i < message.length && (message[i] !== "}" || depth > 0)) {
        if (message[i] === "{") depth += 1;
        if (message[i] === "}") depth -= 1;
        i += 1;
      }
    }
    i += 1; // the argument's "}"
  };
  readMessage();
  return [...names].sort();
}

const catalogs = {
  az: (await loadMessages("az")) as Catalog,
  ru: (await loadMessages("ru")) as Catalog,
  en: (await loadMessages("en")) as Catalog,
};

describe("message catalogs", () => {
  const reference = keys(catalogs.az).sort();

  it.each(["ru", "en"] as const)("%s has exactly the keys of az", (locale) => {
    expect(keys(catalogs[locale]).sort()).toEqual(reference);
  });

  it.each(["ru", "en"] as const)("%s uses the same ICU arguments as az in every message", (locale) => {
    const valueOf = (catalog: Catalog, path: string) =>
      path.split(".").reduce<Catalog | string>((c, p) => (c as Catalog)[p] as Catalog | string, catalog) as string;
    // An SMS that links to the application's page ({url}) does so in every language.
    const argumentsOf = (key: string, lang: "az" | "ru" | "en") => icuArguments(valueOf(catalogs[lang], key)).join(",");
    expect(reference.filter((key) => argumentsOf(key, "az") !== argumentsOf(key, locale))).toEqual([]);
  });

  it("reads the ICU arguments of plain, nested and branched messages", () => {
    expect(icuArguments("Hello {name}, {count, plural, one {# item in {place}} other {# items}}.")).toEqual([
      "count",
      "name",
      "place",
    ]);
    expect(icuArguments("{month, select, m01 {yanvar} other {{month}}} {year}")).toEqual(["month", "year"]);
    expect(icuArguments("{when, date, short} and {n, number, ::currency/AZN}")).toEqual(["n", "when"]);
    expect(icuArguments("No arguments")).toEqual([]);
  });

  it("area files never redefine a namespace of the core catalog or of another area", async () => {
    const seen = new Map<string, string>();
    const files = [
      ["core", (await import("./az.json")).default],
      ...(await Promise.all(MESSAGE_AREAS.map(async (a) => [a, (await import(`./${a}/az.json`)).default]))),
    ];
    for (const [file, catalog] of files as [string, Catalog][]) {
      for (const ns of Object.keys(catalog)) {
        expect(seen.get(ns), `namespace "${ns}" is in both ${seen.get(ns)} and ${file}`).toBeUndefined();
        seen.set(ns, file);
      }
    }
  });

  it("a Russian page text puts no full stop after a date: the date already ends in «г.»", () => {
    // Pages write Russian days in the long or medium style ("5 декабря 2026 г."); SMS and e-mails, numerically.
    const pageTexts = Object.entries(catalogs.ru).filter(([namespace]) => !["notices", "reasons"].includes(namespace));
    const afterDate = (namespace: string, catalog: Catalog | string): string[] =>
      typeof catalog === "string"
        ? /\{(date|until|opensOn|from|to|today|booked|since|month|stoppedFrom)\}\./.test(catalog)
          ? [namespace]
          : []
        : Object.entries(catalog).flatMap(([k, v]) => afterDate(`${namespace}.${k}`, v));
    expect(pageTexts.flatMap(([namespace, catalog]) => afterDate(namespace, catalog))).toEqual([]);
  });

  it("every business error code has a message", () => {
    for (const code of [...Object.keys(appErrorStatus), "unexpected"]) expect(reference).toContain(`errors.${code}`);
  });

  it.each(["az", "ru", "en"] as const)("%s has no empty message", (locale) => {
    const valueOf = (path: string) =>
      path.split(".").reduce<Catalog | string>((c, p) => (c as Catalog)[p] as Catalog | string, catalogs[locale]);
    expect(keys(catalogs[locale]).filter((k) => valueOf(k) === "")).toEqual([]);
  });
});
