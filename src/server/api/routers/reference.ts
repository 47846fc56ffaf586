import { bakuDate } from "@/kernel/calendar-date";
import { createTRPCRouter, publicProcedure, staffProcedure } from "@/server/api/trpc";
import { getWizardRules } from "@/server/services/law/get-wizard-rules";

export const referenceRouter = createTRPCRouter({
  /** Districts grouped by economic region, for the address step and the staff filters. */
  districts: publicProcedure.query(({ ctx }) =>
    ctx.db.economicRegion.findMany({
      orderBy: { code: "asc" },
      include: { districts: { orderBy: { nameAz: "asc" } } },
    }),
  ),

  /** The dated legal parameters, newest first within each code. */
  parameters: staffProcedure("ADMIN", "SUPERVISOR").query(({ ctx }) =>
    ctx.db.parameter.findMany({ orderBy: [{ code: "asc" }, { validFrom: "desc" }] }),
  ),

  /** The dated parameters the wizard checks as the family types (the adult age), in force today. */
  wizardRules: publicProcedure.query(({ ctx }) => getWizardRules(ctx.db, bakuDate(ctx.now))),

  holidays: staffProcedure("ADMIN", "SUPERVISOR", "CASEWORKER").query(({ ctx }) =>
    ctx.db.publicHoliday.findMany({ orderBy: { date: "asc" } }),
  ),
});
