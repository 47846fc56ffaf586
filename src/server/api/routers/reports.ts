import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { readProgrammeReport } from "@/server/services/reports/read-programme-report";
import { ZReportFilter } from "@/lib/reports/report-filter";

export const reportsRouter = createTRPCRouter({
  /** The programme's figures: a supervisor's own district; the country or one district for the ministry's administrators. */
  programme: staffProcedure("ADMIN", "SUPERVISOR")
    .input(ZReportFilter)
    .query(({ ctx, input }) => readProgrammeReport(ctx.db, ctx.user, input, ctx.now)),
});
