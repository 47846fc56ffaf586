import { describe, expect, it } from "vitest";
import { appErrorStatus } from "@/server/errors";
import az from "./az.json";
import en from "./en.json";
import ru from "./ru.json";

type Catalog = { [key: string]: string | Catalog };

function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe("message catalogs", () => {
  const reference = keys(az).sort();

  it.each([["ru", ru], ["en", en]] as const)("%s has exactly the keys of az", (_name, catalog) => {
    expect(keys(catalog).sort()).toEqual(reference);
  });

  it("every business error code has a message", () => {
    for (const code of [...Object.keys(appErrorStatus), "unexpected"]) expect(reference).toContain(`errors.${code}`);
  });

  it.each([["az", az], ["ru", ru], ["en", en]] as const)("%s has no empty message", (_name, catalog) => {
    const empty = keys(catalog).filter((k) => k.split(".").reduce<Catalog | string>((c, p) => (c as Catalog)[p] as Catalog | string, catalog) === "");
    expect(empty).toEqual([]);
  });
});
