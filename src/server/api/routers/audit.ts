import { z } from "zod";
import { isIsoDate } from "@/kernel/calendar-date";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { listAuditLog } from "@/server/services/audit/list-audit-log";

// A day that is not on the calendar (31.02.2026) or not a day at all: the message every staff date field gives.
const ZDay = z.string().refine(isIsoDate, "errors.dateFormat");

export const ZAuditLogFilter = z
  .strictObject({
    registrationNumber: z.string().trim().min(1).max(40).optional(),
    actorEmail: z.email("errors.emailFormat").max(200).optional(),
    action: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z.]{0,59}$/, "errors.invalidInput")
      .optional(),
    from: ZDay.optional(),
    to: ZDay.optional(),
    before: z.string().max(200).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "errors.invalidInput" });

export const auditRouter = createTRPCRouter({
  /** The audit log, newest first: all of it for the ministry's administrators, a supervisor's district for them. */
  list: staffProcedure("ADMIN", "SUPERVISOR")
    .input(ZAuditLogFilter)
    .query(({ ctx, input }) => listAuditLog(ctx.db, ctx.user, input)),
});
