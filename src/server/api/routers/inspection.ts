import { z } from "zod";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { announceInspection } from "@/server/services/inspections/announce-inspection";
import { getVisit } from "@/server/services/inspections/get-visit";
import { ZInspectionResult } from "@/server/services/inspections/inspection-result";
import { listMyVisits } from "@/server/services/inspections/list-my-visits";
import { recordInspection } from "@/server/services/inspections/record-inspection";
import { recordMissedVisit } from "@/server/services/inspections/record-missed-visit";

const ZInspectionRef = z.strictObject({ inspectionId: z.string().min(1).max(64) });
const ZRecordInspectionRequest = ZInspectionRef.extend({ result: ZInspectionResult });
const ZRecordMissedVisitRequest = ZInspectionRef.extend({ note: z.string().trim().min(1, "errors.required").max(2000, "errors.textTooLong") });

const inspector = staffProcedure("INSPECTOR");

export const inspectionRouter = createTRPCRouter({
  myVisits: inspector.query(({ ctx }) => listMyVisits(ctx.db, ctx.user, ctx.now)),

  visit: inspector.input(ZInspectionRef).query(({ ctx, input }) => getVisit(ctx.db, ctx.user, input.inspectionId)),

  record: inspector
    .input(ZRecordInspectionRequest)
    .mutation(({ ctx, input }) => recordInspection(ctx.db, ctx.user, { ...input, now: ctx.now }, { announce: announceInspection })),

  recordMissed: inspector
    .input(ZRecordMissedVisitRequest)
    .mutation(({ ctx, input }) => recordMissedVisit(ctx.db, ctx.user, { ...input, now: ctx.now }, { announce: announceInspection })),
});
