import { describe, expect, it } from "vitest";
import { lockApplication } from "@/server/services/applications/advance-status";
import { generateFamily } from "../../tools/agency-sim/population/generate-family";
import { DEFAULT_POPULATION } from "../../tools/agency-sim/start-agency-simulator";
import { createApplicationFor } from "../../tools/agency-sim/test-support";
import { migratedDbPerFile } from "../support/test-db";

// The chain's steps lock the application while they change its status. The lock must keep out every other status
// change (a withdrawal, a second try of the step) and nothing else: the notices and agency answers written for the
// same application at the same moment only point at it, and used to wait for the whole transaction.

const testDb = migratedDbPerFile("application_lock");

describe("the application's lock", () => {
  it("holds off another status change, not the rows that point at the application", async () => {
    const { db } = testDb.current();
    const applicationId = await createApplicationFor(db, generateFamily(DEFAULT_POPULATION, 3), "2026-05-11");
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = () => {};
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await lockApplication(tx, applicationId);
        held();
        await released;
      },
      { timeout: 60_000 },
    );
    try {
      await isHeld;
      // Under a lock timeout, so a wait for the holder fails the test instead of hanging it.
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL lock_timeout = '5s'`;
        await tx.agencyResult.create({ data: { applicationId, agency: "gas", available: false } });
      });
      const second = db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL lock_timeout = '300ms'`;
        return lockApplication(tx, applicationId);
      });
      await expect(second).rejects.toThrow(/lock timeout/);
    } finally {
      release();
      await holder;
    }
    expect(await db.agencyResult.count({ where: { applicationId } })).toBe(1);
  });
});
