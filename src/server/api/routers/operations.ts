import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { agencyCircuitStates } from "@/server/services/agencies/default-agency-deps";
import { readSystemHealth } from "@/server/services/operations/read-system-health";

export const operationsRouter = createTRPCRouter({
  /** The ministry administrators' view of what needs attention; counts only, so no audit row is written. */
  health: staffProcedure("ADMIN").query(({ ctx }) => readSystemHealth(ctx.db, ctx.now, agencyCircuitStates())),
});
