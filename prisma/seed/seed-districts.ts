import type { Db } from "../../src/server/db/create-client";
import { economicRegions } from "../seed-data/districts";

/** Upserts the 14 economic regions and their districts; names are corrected if the data file changed. */
export async function seedDistricts(db: Db): Promise<number> {
  let count = 0;
  for (const region of economicRegions) {
    const { districts, ...names } = region;
    await db.economicRegion.upsert({ where: { code: region.code }, update: names, create: names });
    for (const d of districts) {
      const row = { ...d, economicRegionCode: region.code };
      await db.district.upsert({ where: { code: d.code }, update: row, create: row });
      count++;
    }
  }
  return count;
}
