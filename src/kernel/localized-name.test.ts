import { describe, expect, it } from "vitest";
import { nameIn } from "./localized-name";

const ganja = { nameAz: "Gəncə", nameRu: "Гянджа", nameEn: "Ganja" };

describe("nameIn", () => {
  it("names a record in each of the three languages", () => {
    expect([nameIn("az", ganja), nameIn("ru", ganja), nameIn("en", ganja)]).toEqual(["Gəncə", "Гянджа", "Ganja"]);
  });
  it("falls back to the state language for a locale it does not know", () => {
    expect(nameIn("tr", ganja)).toBe("Gəncə");
  });
});
