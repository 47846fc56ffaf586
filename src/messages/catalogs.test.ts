import { describe, expect, it } from "vitest";
import { appErrorStatus } from "@/server/errors";
import { loadMessages, MESSAGE_AREAS } from "./load-messages";

type Catalog = { [key: string]: string | Catalog };

function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
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

  it("every business error code has a message", () => {
    for (const code of [...Object.keys(appErrorStatus), "unexpected"]) expect(reference).toContain(`errors.${code}`);
  });

  it.each(["az", "ru", "en"] as const)("%s has no empty message", (locale) => {
    const valueOf = (path: string) =>
      path.split(".").reduce<Catalog | string>((c, p) => (c as Catalog)[p] as Catalog | string, catalogs[locale]);
    expect(keys(catalogs[locale]).filter((k) => valueOf(k) === "")).toEqual([]);
  });
});
