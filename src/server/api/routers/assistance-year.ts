import { z } from "zod";
import { anySignedInProcedure, citizenProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { startRenewal } from "@/server/services/applications/start-renewal";
import { cancelRejectedMonth, ZCancelReason } from "@/server/services/payments/cancel-rejected-month";
import { listPaymentMonths } from "@/server/services/payments/list-payment-months";
import { requestPaymentResumption } from "@/server/services/payments/request-payment-resumption";
import { ZStaffOfficeNote } from "@/lib/staff/office-note";
import { resendRejectedMonth } from "@/server/services/payments/resend-rejected-month";

const ZId = z.strictObject({ applicationId: z.string().min(1).max(64) });
const ZMonthRef = ZId.extend({ entitlementId: z.string().min(1).max(64) });
const districtStaff = staffProcedure("CASEWORKER", "SUPERVISOR");

/** The assistance year as the family and staff see it (docs/payments.md, "What the family sees"). */
export const assistanceYearRouter = createTRPCRouter({
  /** The months of an assignment: the citizen's own application, or staff within their district (audited). */
  months: anySignedInProcedure
    .input(ZId)
    .query(({ ctx, input }) => listPaymentMonths(ctx.db, ctx.user, input.applicationId, ctx.now)),

  /** The family asks to resume payments stopped for no withdrawal; asking twice does nothing more. */
  resume: citizenProcedure
    .input(ZId)
    .mutation(({ ctx, input }) => requestPaymentResumption(ctx.db, ctx.user, input.applicationId, ctx.now)),

  /**
   * A caseworker or supervisor of the district asks to resume on the family's behalf at the office, with a short
   * note: the same request and rules as the family's own; asking twice does nothing more.
   */
  resumeForFamily: districtStaff
    .input(ZId.extend({ note: ZStaffOfficeNote }))
    .mutation(({ ctx, input }) => requestPaymentResumption(ctx.db, ctx.user, input.applicationId, ctx.now, input.note)),

  /** "Apply again": a new draft filled in from this application, once the renewal is offered. */
  applyAgain: citizenProcedure
    .input(ZId.extend({ locale: z.enum(["az", "ru", "en"]) }))
    .mutation(({ ctx, input }) =>
      startRenewal(ctx.db, ctx.user, { applicationId: input.applicationId, locale: input.locale, now: ctx.now }),
    ),

  /** Staff send a month the bank rejected again, having confirmed the family's card account (district checked). */
  resendRejected: districtStaff
    .input(ZMonthRef.extend({ accountConfirmed: z.literal(true) }))
    .mutation(({ ctx, input }) =>
      resendRejectedMonth(ctx.db, ctx.user, {
        applicationId: input.applicationId,
        entitlementId: input.entitlementId,
        now: ctx.now,
      }),
    ),

  /** Staff cancel a month the bank rejected, with a reason: the month is then not owed. */
  cancelRejected: districtStaff
    .input(ZMonthRef.extend({ reason: ZCancelReason }))
    .mutation(({ ctx, input }) => cancelRejectedMonth(ctx.db, ctx.user, { ...input, now: ctx.now })),
});
