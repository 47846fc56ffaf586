import type { Db } from "@/server/db/create-client";

/**
 * Where an application's time went, from the rows the chain writes (no instrumentation in the app): the run's
 * first effect (the registration notice queued), the visit booked, the 20 agencies' answers (the gather starts right
 * after the booking; its end is the last answer stored), the visit's result, the decision. The visit is the
 * inspector's (here a script's), not the chain's, and it runs while the agencies are asked: the run waits for the
 * inspector only from the last answer to the visit's result, if the visit came later. `chain` is submission →
 * decision less that wait, the figure the "one application in ~L" is about. (Until 2026-12-04 it subtracted
 * the whole booking → result time, which overlaps the agencies' and so flattered the chain.) Each phase is the
 * median over the applications, in ms.
 */
export interface ChainPhases {
  toFirstEffect: number;
  toVisitBooked: number;
  agencyGather: number;
  visitByScript: number;
  visitToDecision: number;
  /** Both the visit's result and the agencies' last answer in → decision: the decision's own path. */
  readyToDecision: number;
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
  // A visit the repeat rule spared has no booking: the run never waits for an inspector.
  const inspectorWait = (r: (typeof rows)[number]) =>
    r.booked && r.visited ? Math.max(0, ms(r.visited, r.last_answer ?? r.booked)) : 0;
  const ready = (r: (typeof rows)[number]) =>
    r.visited && r.last_answer && r.visited > r.last_answer ? r.visited : (r.last_answer ?? r.visited);
  return {
    toFirstEffect: median((r) => ms(r.first_effect, r.submitted)),
    toVisitBooked: median((r) => ms(r.booked, r.submitted)),
    agencyGather: median((r) => ms(r.last_answer, r.booked)),
    visitByScript: median((r) => ms(r.visited, r.booked)),
    visitToDecision: median((r) => ms(r.decided, r.visited)),
    readyToDecision: median((r) => ms(r.decided, ready(r))),
    chain: median((r) => ms(r.decided, r.submitted) - inspectorWait(r)),
  };
}
