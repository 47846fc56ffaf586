import { describe, expect, it } from "vitest";
import { ZStaffAccountInput } from "./create-staff";

const refused = (input: unknown) => {
  const parsed = ZStaffAccountInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("a staff account's fields", () => {
  it("refuses every missing field at once, the district of a district role included", () => {
    expect(
      refused({ name: "", email: "", role: "CASEWORKER", districtCode: null, dailyInspectionCapacity: null }),
    ).toEqual(["name: errors.required", "email: errors.emailFormat", "districtCode: errors.staffDistrictRequired"]);
  });
  it("asks no district of an administrator, and takes a complete account", () => {
    expect(
      refused({ name: "", email: "a@b.az", role: "ADMIN", districtCode: null, dailyInspectionCapacity: null }),
    ).toEqual(["name: errors.required"]);
    expect(
      refused({
        name: "Leyla",
        email: "a@b.az",
        role: "INSPECTOR",
        districtCode: "BAK-NASIMI",
        dailyInspectionCapacity: 4,
      }),
    ).toEqual([]);
    expect(
      refused({
        name: "Leyla",
        email: "a@b.az",
        role: "ADMIN",
        districtCode: "BAK-NASIMI",
        dailyInspectionCapacity: null,
      }),
    ).toEqual(["districtCode: errors.staffDistrictRequired"]);
  });
});
