import { z } from "zod";
import { anySignedInProcedure, citizenProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { addCaseNote } from "@/server/services/applications/add-case-note";
import { getApplication } from "@/server/services/applications/get-application";
import { listApplications } from "@/server/services/applications/list-applications";
import { startApplication } from "@/server/services/applications/start-application";

const ZId = z.object({ applicationId: z.string().min(1).max(64) });

export const applicationRouter = createTRPCRouter({
  start: citizenProcedure
    .input(z.object({ districtCode: z.string().min(1).max(64), locale: z.enum(["az", "ru", "en"]) }))
    .mutation(({ ctx, input }) => startApplication(ctx.db, ctx.user, input)),

  list: anySignedInProcedure.query(({ ctx }) => listApplications(ctx.db, ctx.user)),

  byId: anySignedInProcedure.input(ZId).query(({ ctx, input }) => getApplication(ctx.db, ctx.user, input.applicationId)),

  addNote: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZId.extend({ text: z.string().trim().min(1).max(4000) }))
    .mutation(({ ctx, input }) => addCaseNote(ctx.db, ctx.user, input)),
});
