import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll } from "vitest";
import type { createCaller as CreateCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import type { ApplicationStatus, Locale } from "@/generated/prisma/enums";
import type { Db } from "@/server/db/create-client";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { startEventSink, type EventSink } from "./event-sink";
import { setNoticeRenderingEnv } from "./notice-env";
import { seedReference } from "./seed-reference";
import { migratedDbPerFile } from "./test-db";

// The inspector calendar's test files (inspectors' absences, booking and handing over home visits) on a real
// database with the seeded districts and law, at one moment, with the tRPC caller. Booking or moving a visit tells
// the family through a background run: its events go to a stand-in for Inngest, which keeps them.

/** Monday 7 December 2026, morning in Baku: the first day a visit can be booked is Tuesday 8 December. */
export const MONDAY_MORNING = new Date("2026-12-07T06:00:00Z");

/** The message of a refused call ("notFound", "inspectorAbsent"…), or "accepted". */
export const refused = (work: Promise<unknown>) =>
  work.then(
    () => "accepted",
    (e: unknown) => (e instanceof TRPCError ? e.message : String(e)),
  );

/** Sets up the file's database, seed, caller and event sink; call it at the top of the test file. */
export function inspectorCalendarFile(prefix: string) {
  const testDb = migratedDbPerFile(prefix);
  const db = () => testDb.current().db;
  let createCaller: typeof CreateCaller;
  let sink: EventSink | undefined;

  beforeAll(async () => {
    sink = await startEventSink();
    process.env.INNGEST_DEV = sink.url;
    setNoticeRenderingEnv();
    // The Inngest client takes its mode and address from INNGEST_DEV when it is created: the router is loaded after.
    ({ createCaller } = await import("@/server/api/root"));
    await seedReference(db());
    await seedLawData(db());
  });

  afterAll(async () => {
    await sink?.stop();
  });

  return {
    db,
    now: MONDAY_MORNING,
    api: (user: SessionUser) => createCaller({ db: db(), user, now: MONDAY_MORNING, authSecret: "x".repeat(32) }),
    /** The events sent to Inngest so far. */
    events: () => sink?.events ?? [],
  };
}

/**
 * An application made that Monday (decision due 28 December) with its applicant and a contact phone and no family:
 * what the visit scheduler and the visit notice read. `n` tells a file's applications apart.
 */
export async function mondayApplication(
  db: Db,
  districtCode: string,
  n: number,
  opts: { status?: ApplicationStatus; locale?: Locale } = {},
) {
  const user = await db.user.create({
    data: { role: "CITIZEN", name: `A${n}`, fin: `A${String(n).padStart(6, "0")}` },
  });
  const app = await db.application.create({
    data: {
      applicantId: user.id,
      status: opts.status ?? "SUBMITTED",
      districtCode,
      ...(opts.locale ? { locale: opts.locale } : {}),
      registrationNumber: `VEM-2026-7${String(n).padStart(5, "0")}`,
      applicationDate: new Date("2026-12-07T00:00:00Z"),
      decisionDueOn: new Date("2026-12-28T00:00:00Z"),
      contactPhone: `+99450${String(3000000 + n)}`,
    },
  });
  return app.id;
}
