import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAzNumber } from "./az-format";
import { manatText } from "./manat-text";

const intl = (locale: string) => (value: number, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options).format(value);

/** Every source file of the pages and their components. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

describe("amounts on pages", () => {
  it("are the number in the reader's language, two qəpik digits and AZN", () => {
    expect(manatText(82_597, formatAzNumber)).toBe("825,97\u00a0AZN");
    expect(manatText(123_450, formatAzNumber)).toBe("1.234,50\u00a0AZN");
    expect(manatText(24_000, intl("ru"))).toBe("240,00\u00a0AZN");
    expect(manatText(123_450, intl("en"))).toBe("1,234.50\u00a0AZN");
  });

  it("are never written with the manat sign, which many fonts draw as an empty box", () => {
    const src = path.resolve(import.meta.dirname, "../..");
    const offenders = [...sources(path.join(src, "components")), ...sources(path.join(src, "app"))].filter((file) =>
      /style: "currency"|₼/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
