import { describe, expect, it } from "vitest";
import { districtRows, economicRegions } from "../../prisma/seed-data/districts";
import { DEMO_STAFF_PASSWORD, staff } from "../../prisma/seed-data/staff";

const CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const allDistricts = economicRegions.flatMap((region) => region.districts);
const districtCodes = new Set<string>(allDistricts.map((district) => district.code));

describe("economic regions and districts", () => {
  it("has exactly the 14 economic regions of 2021", () => {
    expect(economicRegions).toHaveLength(14);
    expect(economicRegions.map((region) => region.code).sort()).toEqual(
      [
        "ABSHERON-KHIZI",
        "BAKU",
        "CENTRAL-ARAN",
        "EAST-ZANGEZUR",
        "GANJA-DASHKASAN",
        "GAZAKH-TOVUZ",
        "GUBA-KHACHMAZ",
        "KARABAKH",
        "LANKARAN-ASTARA",
        "MIL-MUGHAN",
        "MOUNTAINOUS-SHIRVAN",
        "NAKHCHIVAN",
        "SHAKI-ZAGATALA",
        "SHIRVAN-SALYAN",
      ].sort(),
    );
  });

  it("gives Baku its 12 raions", () => {
    const baku = economicRegions.find((region) => region.code === "BAKU");
    expect(baku?.districts.map((district) => district.nameEn.replace(/ District$/, "")).sort()).toEqual(
      [
        "Binagadi",
        "Garadagh",
        "Khatai",
        "Khazar",
        "Narimanov",
        "Nasimi",
        "Nizami",
        "Pirallahi",
        "Sabail",
        "Sabunchu",
        "Surakhani",
        "Yasamal",
      ].sort(),
    );
    expect(baku?.districts.every((district) => district.code.startsWith("BAK-"))).toBe(true);
  });

  it("covers every district and city of the administrative division", () => {
    // 57 rayons and 10 cities of republican subordination outside Nakhchivan, where Baku is counted
    // by its 12 raions instead of as one city; Nakhchivan AR has 7 rayons and 1 city.
    expect(allDistricts).toHaveLength(57 + (10 - 1) + 12 + 7 + 1);
    expect(districtRows).toHaveLength(allDistricts.length);
  });

  it("uses unique uppercase ASCII codes across regions and districts", () => {
    const codes = [...economicRegions.map((region) => region.code), ...allDistricts.map((district) => district.code)];
    for (const code of codes) expect(code).toMatch(CODE);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("names every region and district in all three languages", () => {
    for (const entry of [...economicRegions, ...allDistricts]) {
      for (const name of [entry.nameAz, entry.nameRu, entry.nameEn]) {
        expect(name.trim()).not.toBe("");
        expect(name).toBe(name.trim());
      }
      expect(entry.nameRu).toMatch(/[А-Яа-яЁё]/);
      expect(entry.nameEn).toMatch(/^[A-Za-z' -]+$/);
    }
  });

  it("has no duplicate names within a language", () => {
    for (const key of ["nameAz", "nameRu", "nameEn"] as const) {
      const names = allDistricts.map((district) => district[key]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("uses the Azerbaijani Latin alphabet only in nameAz", () => {
    for (const entry of [...economicRegions, ...allDistricts]) {
      expect(entry.nameAz).toMatch(/^[A-Za-zƏəĞğIıİiÖöÜüÇçŞş -]+$/);
    }
  });
});

describe("demo staff", () => {
  const SEEDED = ["BAK-NASIMI", "BAK-SABUNCHU", "SUMGAYIT", "GANJA", "SHAKI", "LANKARAN"];

  it("places staff only in districts that exist", () => {
    for (const member of staff) {
      if (member.districtCode !== null) expect(districtCodes).toContain(member.districtCode);
    }
  });

  it("has one ADMIN, without a district", () => {
    const admins = staff.filter((member) => member.role === "ADMIN");
    expect(admins).toHaveLength(1);
    expect(admins[0]?.districtCode).toBeNull();
    expect(staff.filter((member) => member.districtCode === null)).toEqual(admins);
  });

  it.each(SEEDED)("staffs %s with a caseworker, a supervisor and at least two inspectors", (code) => {
    const here = staff.filter((member) => member.districtCode === code);
    expect(here.filter((member) => member.role === "CASEWORKER")).toHaveLength(1);
    expect(here.filter((member) => member.role === "SUPERVISOR")).toHaveLength(1);
    const inspectors = here.filter((member) => member.role === "INSPECTOR");
    expect(inspectors.length).toBeGreaterThanOrEqual(2);
    for (const inspector of inspectors) {
      expect(Number.isInteger(inspector.dailyInspectionCapacity)).toBe(true);
      expect(inspector.dailyInspectionCapacity).toBeGreaterThan(0);
    }
  });

  it("gives a daily inspection capacity to inspectors only", () => {
    for (const member of staff) {
      if (member.role !== "INSPECTOR") expect(member.dailyInspectionCapacity).toBeUndefined();
    }
  });

  it("uses unique, well-formed e-mail addresses and non-empty names", () => {
    const emails = staff.map((member) => member.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const member of staff) {
      expect(member.email).toMatch(/^[a-z0-9.]+@vemtas\.local$/);
      expect(member.name.trim()).not.toBe("");
      expect(["az", "ru", "en"]).toContain(member.locale);
    }
  });

  it("exports the demo password", () => {
    expect(DEMO_STAFF_PASSWORD).toBe("vemtas-demo-2026");
  });
});
