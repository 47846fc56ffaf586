import type { Db } from "../../src/server/db/create-client";

// Replaced when the decision engine's parameter and holiday data land.
export async function seedLawData(_db: Db): Promise<{ parameters: number; holidays: number }> {
  return { parameters: 0, holidays: 0 };
}
