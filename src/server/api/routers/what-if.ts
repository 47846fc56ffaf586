import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { runWhatIfAs } from "@/server/services/reports/run-what-if-as";
import { ZWhatIfRequest } from "@/lib/what-if/what-if-request";

export const whatIfRouter = createTRPCRouter({
  /** A policy what-if over the whole country's decided families: the ministry's administrators only. */
  run: staffProcedure("ADMIN")
    .input(ZWhatIfRequest)
    .query(({ ctx, input }) => runWhatIfAs(ctx.db, ctx.user, input, "whatIf.run")),
});
