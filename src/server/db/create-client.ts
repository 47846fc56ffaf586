import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

/**
 * A Prisma client on the pg driver adapter (Prisma 7 needs no native engine this way). Tests and tools call
 * this directly with their own database URL; the app goes through `getDb()`.
 */
export function createPrismaClient(connectionString: string, poolSize = 5): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}
