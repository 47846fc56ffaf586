import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import type { AnnounceVisitBooking } from "./announce-visit-booking";
import { sendVisitToInspector, ZSendVisitToInspector } from "./send-visit-to-inspector";

export const ZReassignInspection = ZSendVisitToInspector.required({ date: true });

/**
 * The district's supervisor gives a scheduled (or escalated, unassigned) home visit to another inspector of the
 * district on a given day (issue 15): the workspace's `sendVisitToInspector`, with the same checks, audit and
 * notice to the family.
 */
export async function reassignInspection(
  db: Db,
  supervisor: SessionUser,
  input: typeof ZReassignInspection._output,
  now: Date,
  deps: { announce: AnnounceVisitBooking },
): Promise<void> {
  if (supervisor.role !== "SUPERVISOR") throw new AppError("forbidden");
  await sendVisitToInspector(db, supervisor, input, now, deps);
}
