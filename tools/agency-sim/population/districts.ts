import { z } from "zod";

/** A district the population lives in; weight is its share of applicants, rural drives land and livestock. */
export interface SimDistrict {
  code: string;
  name: string;
  weight: number;
  rural: boolean;
}

/**
 * Used until the lead's `prisma/seed-data/districts.ts` exists (see load-districts.ts). Codes are ISO 3166-2:AZ
 * subdivision codes without the country prefix; weights roughly follow population.
 */
export const PLACEHOLDER_DISTRICTS: readonly SimDistrict[] = [
  { code: "BA", name: "Bakı", weight: 30, rural: false },
  { code: "SM", name: "Sumqayıt", weight: 5, rural: false },
  { code: "GA", name: "Gəncə", weight: 5, rural: false },
  { code: "LAN", name: "Lənkəran", weight: 6, rural: true },
  { code: "MAS", name: "Masallı", weight: 6, rural: true },
  { code: "SAL", name: "Salyan", weight: 4, rural: true },
  { code: "QBA", name: "Quba", weight: 5, rural: true },
  { code: "SAK", name: "Şəki", weight: 5, rural: true },
  { code: "BAR", name: "Bərdə", weight: 5, rural: true },
  { code: "IMI", name: "İmişli", weight: 4, rural: true },
  { code: "SMI", name: "Şamaxı", weight: 3, rural: true },
  { code: "AGC", name: "Ağcabədi", weight: 4, rural: true },
];

const zSeedDistrict = z.looseObject({
  code: z.string().min(1),
  nameAz: z.string().optional(),
  name: z.string().optional(),
  population: z.number().positive().optional(),
  rural: z.boolean().optional(),
});

/** Accepts the lead's seed rows (whatever else they carry) and turns them into generator districts. */
export function toSimDistricts(rows: unknown): SimDistrict[] {
  const parsed = z.array(zSeedDistrict).min(1).parse(rows);
  return parsed.map((d) => ({
    code: d.code,
    name: d.nameAz ?? d.name ?? d.code,
    weight: d.population ?? 1,
    // Without a flag, cities are urban by the usual naming (Bakı, Sumqayıt, Gəncə ...); others rural.
    rural: d.rural ?? !/bak|sumq|gənc|ganj|mingə|şirv|naxç/i.test(d.nameAz ?? d.name ?? d.code),
  }));
}
