import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

/**
 * A Prisma client on the pg driver adapter (Prisma 7 needs no native engine this way). Tests and tools call
 * this directly with their own database URL; the app goes through `getDb()`.
 */
export function createPrismaClient(
  connectionString: string,
  poolSize = 5,
  options: { transactionMaxWaitMs?: number } = {},
): Db {
  const maxWait = options.transactionMaxWaitMs;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize }),
    // Prisma gives an interactive transaction 2 s to start and 5 s to finish. On the embedded PGlite every
    // connection waits for the one session in turn, so a transaction's BEGIN queues behind everyone else's work:
    // there it may wait (and take) as long as the queue is.
    ...(maxWait ? { transactionOptions: { maxWait, timeout: Math.max(5_000, maxWait) } } : {}),
  });
}
