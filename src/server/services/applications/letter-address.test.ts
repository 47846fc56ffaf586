import { describe, expect, it } from "vitest";
import { withDistrict } from "./letter-address";

const NASIMI = ["Nəsimi rayonu", "Насиминский район", "Nasimi District"];

describe("the letter's address", () => {
  it("adds the district the address does not name", () => {
    expect(withDistrict("Bakı, Füzuli küç. 12, mənzil 4", "Nəsimi rayonu", NASIMI)).toBe(
      "Bakı, Füzuli küç. 12, mənzil 4, Nəsimi rayonu",
    );
    expect(withDistrict("Bakı, Füzuli küç. 12, mənzil 4", "Насиминский район", NASIMI)).toBe(
      "Bakı, Füzuli küç. 12, mənzil 4, Насиминский район",
    );
  });
  it("does not repeat a district the address already names, whatever its case", () => {
    expect(withDistrict("Nəsimi rayonu, Zərifə Əliyeva küç., ev 132, mənzil 30", "Nəsimi rayonu")).toBe(
      "Nəsimi rayonu, Zərifə Əliyeva küç., ev 132, mənzil 30",
    );
    expect(withDistrict("NƏSİMİ RAYONU, ev 1", "Nəsimi rayonu")).toBe("NƏSİMİ RAYONU, ev 1");
  });
  it("does not repeat the district on a Russian or English letter when the Azerbaijani line names it", () => {
    const line = "Nəsimi rayonu, Zərifə Əliyeva küç., ev 132, mənzil 30";
    expect(withDistrict(line, "Насиминский район", NASIMI)).toBe(line);
    expect(withDistrict(line, "Nasimi District", NASIMI)).toBe(line);
    expect(withDistrict("NƏSİMİ RAYONU, ev 1", "Nasimi District", NASIMI)).toBe("NƏSİMİ RAYONU, ev 1");
    const city = ["Sumqayıt şəhəri", "город Сумгайыт", "Sumgayit city"];
    expect(withDistrict("Sumqayıt şəhəri, Sülh küç. 7", "город Сумгайыт", city)).toBe("Sumqayıt şəhəri, Sülh küç. 7");
  });
  it("counts the Azerbaijani short forms of the district as naming it", () => {
    expect(withDistrict("Bakı, Nəsimi r-nu, Füzuli küç. 61", "Nəsimi rayonu", NASIMI)).toBe(
      "Bakı, Nəsimi r-nu, Füzuli küç. 61",
    );
    expect(withDistrict("Bakı, Nəsimi r., Füzuli küç. 61", "Насиминский район", NASIMI)).toBe(
      "Bakı, Nəsimi r., Füzuli küç. 61",
    );
    expect(withDistrict("Sumqayıt şəh., Sülh küç. 7", "Sumgayit city", ["Sumqayıt şəhəri"])).toBe(
      "Sumqayıt şəh., Sülh küç. 7",
    );
  });
  it("still adds the district when only a street shares its name", () => {
    expect(withDistrict("Gəncə, Nəsimi küç. 5", "Nasimi District", NASIMI)).toBe(
      "Gəncə, Nəsimi küç. 5, Nasimi District",
    );
  });
  it("reads the district alone when no address is given", () => {
    expect(withDistrict(null, "Nəsimi rayonu")).toBe("Nəsimi rayonu");
    expect(withDistrict("Bakı", null)).toBe("Bakı");
  });
});
