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
    // Production's format everywhere (Prisma picks it only when NODE_ENV is production): any other captures a stack
    // trace on every query to frame its call site in an error, a tenth of a query's CPU, so tests, the benchmarks
    // and development would run a slower client than the one deployed. An error still carries its own stack.
    errorFormat: "minimal",
    // Prisma gives an interactive transaction 2 s to start and 5 s to finish. On the embedded PGlite every
    // connection waits for the one session in turn, so a transaction's BEGIN queues behind everyone else's work:
    // there it may wait (and take) as long as the queue is.
    ...(maxWait ? { transactionOptions: { maxWait, timeout: Math.max(5_000, maxWait) } } : {}),
  });
}
