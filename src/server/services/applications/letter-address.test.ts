import { describe, expect, it } from "vitest";
import { withDistrict } from "./letter-address";

describe("the letter's address", () => {
  it("adds the district the address does not name", () => {
    expect(withDistrict("Bakı, Füzuli küç. 12, mənzil 4", "Nəsimi rayonu")).toBe(
      "Bakı, Füzuli küç. 12, mənzil 4, Nəsimi rayonu",
    );
  });
  it("does not repeat a district the address already names, whatever its case", () => {
    expect(withDistrict("Nəsimi rayonu, Zərifə Əliyeva küç., ev 132, mənzil 30", "Nəsimi rayonu")).toBe(
      "Nəsimi rayonu, Zərifə Əliyeva küç., ev 132, mənzil 30",
    );
    expect(withDistrict("NƏSİMİ RAYONU, ev 1", "Nəsimi rayonu")).toBe("NƏSİMİ RAYONU, ev 1");
  });
  it("reads the district alone when no address is given", () => {
    expect(withDistrict(null, "Nəsimi rayonu")).toBe("Nəsimi rayonu");
    expect(withDistrict("Bakı", null)).toBe("Bakı");
  });
});
