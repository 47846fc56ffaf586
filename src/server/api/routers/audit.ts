import { z } from "zod";
import { DAY_RANGE_FIELDS, END_BEFORE_START, endNotBeforeStart } from "@/lib/i18n/day-range";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { listAuditLog } from "@/server/services/audit/list-audit-log";

export const ZAuditLogFilter = z
  .strictObject({
    // Numbers are stored as VEM-2026-000003; staff type them in any case, as the staff search accepts them.
    registrationNumber: z.string().trim().toUpperCase().min(1).max(40).optional(),
    actorEmail: z.email("errors.emailFormat").max(200).optional(),
    action: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z.]{0,59}$/, "errors.auditAction")
      .optional(),
    ...DAY_RANGE_FIELDS,
    before: z.string().max(200).optional(),
  })
  .refine(endNotBeforeStart, END_BEFORE_START);

export const auditRouter = createTRPCRouter({
  /** The audit log, newest first: all of it for the ministry's administrators, a supervisor's district for them. */
  list: staffProcedure("ADMIN", "SUPERVISOR")
    .input(ZAuditLogFilter)
    .query(({ ctx, input }) => listAuditLog(ctx.db, ctx.user, input)),
});
