import type { Db } from "@/server/db/create-client";

/**
 * Where an application's time went, from the rows the chain writes (no instrumentation in the app): the run's
 * first effect (the registration notice queued), the visit booked, the 20 agencies' answers (the gather starts right
 * after the booking; its end is the last answer stored), the visit's result, the decision. The time between booking and result is the inspector's (here a script's), not
 * the chain's: `chain` is submission → decision less that time, the figure the issue's "one application in ~L" is
 * about. Each phase is the median over the applications, in ms.
 */
export interface ChainPhases {
  toFirstEffect: number;
  toVisitBooked: number;
  agencyGather: number;
  visitByScript: number;
  visitToDecision: number;
  chain: number;
}

export async function chainPhases(db: Db, applicationIds: string[]): Promise<ChainPhases> {
  const rows = await db.$queryRaw<
    {
      submitted: Date;
      first_effect: Date | null;
      booked: Date | null;
      visited: Date | null;
      last_answer: Date | null;
      decided: Date | null;
    }[]
  >`
    SELECT a."submittedAt" AS submitted,
      (SELECT min(n."createdAt") FROM "Notification" n WHERE n."applicationId" = a.id) AS first_effect,
      (SELECT min(i."createdAt") FROM "Inspection" i WHERE i."applicationId" = a.id) AS booked,
      (SELECT min(i."completedAt") FROM "Inspection" i WHERE i."applicationId" = a.id) AS visited,
      (SELECT max(r."fetchedAt") FROM "AgencyResult" r WHERE r."applicationId" = a.id) AS last_answer,
      (SELECT min(d."createdAt") FROM "Decision" d WHERE d."applicationId" = a.id) AS decided
    FROM "Application" a WHERE a.id = ANY(${applicationIds}::text[])`;
  const ms = (to: Date | null, from: Date | null) => (to && from ? to.getTime() - from.getTime() : Number.NaN);
  const median = (pick: (row: (typeof rows)[number]) => number) => {
    const xs = rows
      .map(pick)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] ?? Number.NaN;
  };
  // A visit the repeat rule spared has no booking: it counts as taking no script time.
  const scriptTime = (r: (typeof rows)[number]) => (r.booked && r.visited ? ms(r.visited, r.booked) : 0);
  return {
    toFirstEffect: median((r) => ms(r.first_effect, r.submitted)),
    toVisitBooked: median((r) => ms(r.booked, r.submitted)),
    agencyGather: median((r) => ms(r.last_answer, r.booked)),
    visitByScript: median((r) => ms(r.visited, r.booked)),
    visitToDecision: median((r) => ms(r.decided, r.visited)),
    chain: median((r) => ms(r.decided, r.submitted) - scriptTime(r)),
  };
}
