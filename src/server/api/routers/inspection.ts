import { z } from "zod";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { announceInspection } from "@/server/services/inspections/announce-inspection";
import { getVisitPacket } from "@/server/services/inspections/get-visit-packet";
import { ZInspectionResult } from "@/server/services/inspections/inspection-result";
import { recordInspection } from "@/server/services/inspections/record-inspection";
import { recordMissedVisit } from "@/server/services/inspections/record-missed-visit";

const ZInspectionRef = z.strictObject({ inspectionId: z.string().min(1).max(64) });
const ZRecordInspectionRequest = ZInspectionRef.extend({ result: ZInspectionResult });
const ZRecordMissedVisitRequest = ZInspectionRef.extend({
  note: z.string().trim().min(1, "errors.required").max(2000, "errors.textTooLong"),
});

const inspector = staffProcedure("INSPECTOR");

export const inspectionRouter = createTRPCRouter({
  /** The one download the offline tablet keeps: the caller's visits with the open ones' families. */
  packet: inspector.query(({ ctx }) => getVisitPacket(ctx.db, ctx.user, ctx.now)),

  record: inspector
    .input(ZRecordInspectionRequest)
    .mutation(({ ctx, input }) =>
      recordInspection(ctx.db, ctx.user, { ...input, now: ctx.now }, { announce: announceInspection }),
    ),

  recordMissed: inspector
    .input(ZRecordMissedVisitRequest)
    .mutation(({ ctx, input }) =>
      recordMissedVisit(ctx.db, ctx.user, { ...input, now: ctx.now }, { announce: announceInspection }),
    ),
});
