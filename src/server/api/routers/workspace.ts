import { z } from "zod";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { getApplicationCaseFile } from "@/server/services/workspace/get-application-case-file";
import { listCaseload } from "@/server/services/workspace/list-caseload";
import { listAttention } from "@/server/services/workspace/list-attention";
import { CASELOAD_COUNTS } from "@/lib/workspace/caseload-counts";
import { requestAgencyAgain } from "@/server/services/workspace/request-agency-again";
import { AGENCY_CODES } from "@/kernel/agency-services";
import { defaultAgencyDeps } from "@/server/services/agencies/default-agency-deps";
import { announceVisitBooking } from "@/server/services/inspections/announce-visit-booking";
import { bookVisit, ZBookVisit } from "@/server/services/inspections/book-visit";
import { getVisitCalendar, ZVisitCalendarRequest } from "@/server/services/inspections/get-visit-calendar";
import { sendVisitToInspector, ZSendVisitToInspector } from "@/server/services/inspections/send-visit-to-inspector";
import { ZManualAgencyEntry, ZManualEntryDecision } from "@/lib/workspace/manual-agency-entry";
import { enterAgencyData } from "@/server/services/workspace/enter-agency-data";
import { decideAgencyData } from "@/server/services/workspace/decide-agency-data";
import { listPendingAgencyData } from "@/server/services/workspace/list-pending-agency-data";
import { setSignInPhone, ZSetSignInPhone } from "@/server/services/workspace/set-sign-in-phone";
import { fileAppeal } from "@/server/services/applications/file-appeal";
import { ZFileAppealRequest } from "@/server/services/applications/application-wizard.types";
import { ZStaffOfficeNote } from "@/lib/staff/office-note";

const ZApplicationRef = z.strictObject({ applicationId: z.string().min(1).max(64) });
export const ZCaseloadRequest = z.strictObject({
  mine: z.boolean().optional(),
  attentionOnly: z.boolean().optional(),
  /** The cases behind one of the day's figures. */
  kind: z.enum(CASELOAD_COUNTS).optional(),
});

/** The caseworker's and supervisor's workspace: the case file of any application, and the queues of the day. */
export const workspaceRouter = createTRPCRouter({
  /** The full case file (audited); another district's case reads as not found. */
  caseFile: staffProcedure("CASEWORKER", "SUPERVISOR", "ADMIN")
    .input(ZApplicationRef)
    .query(({ ctx, input }) => getApplicationCaseFile(ctx.db, ctx.user, input.applicationId)),

  /**
   * The district's cases by the day each waits for (the decision deadline, an appeal's or a change's day), with
   * counts; `mine` for one's own.
   */
  caseload: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZCaseloadRequest.optional())
    .query(({ ctx, input }) =>
      listCaseload(ctx.db, ctx.user, {
        now: ctx.now,
        mine: input?.mine,
        attentionOnly: input?.attentionOnly,
        kind: input?.kind,
      }),
    ),

  /**
   * *Needs attention*: what the chain cannot settle (stopped payments, rejected months, card accounts, …) and the
   * caseload's flagged cases, both within the district (each audited).
   */
  attention: staffProcedure("CASEWORKER", "SUPERVISOR").query(({ ctx }) => listAttention(ctx.db, ctx.user, ctx.now)),

  /** One agency asked again for what it did not answer (audited; the gateway records each request). */
  requestAgencyAgain: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZApplicationRef.extend({ agency: z.enum(AGENCY_CODES) }))
    // The process's one gateway (its circuit breakers are shared by every caller) with the request's own database.
    .mutation(({ ctx, input }) => requestAgencyAgain(ctx.db, ctx.user, input, () => defaultAgencyDeps().gateway)),

  /** The applicant's new sign-in number, after their identity document was seen at the office (audited). */
  setSignInPhone: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZSetSignInPhone)
    .mutation(({ ctx, input }) => setSignInPhone(ctx.db, ctx.user, input, ctx.now)),

  /** An appeal the family brought to the office in writing, in its words, with a note of how it came (audited). */
  recordAppealAtOffice: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZFileAppealRequest.extend({ note: ZStaffOfficeNote }))
    .mutation(({ ctx, input }) => {
      const { note, ...appeal } = input;
      return fileAppeal(ctx.db, ctx.user, appeal, ctx.now, note);
    }),

  /** The district's inspectors over the coming working days for one visit: bookings vs capacity, absences, deadline. */
  visitCalendar: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZVisitCalendarRequest)
    .query(({ ctx, input }) => getVisitCalendar(ctx.db, ctx.user, input, ctx.now)),

  /** Books or moves a home visit by hand (inspector, day, half-day); audited, the family is told once. */
  bookVisit: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZBookVisit)
    .mutation(({ ctx, input }) => bookVisit(ctx.db, ctx.user, input, ctx.now, { announce: announceVisitBooking })),

  /** Sends a visit to another inspector of the district, on its day or another. */
  sendVisitToInspector: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZSendVisitToInspector)
    .mutation(({ ctx, input }) =>
      sendVisitToInspector(ctx.db, ctx.user, input, ctx.now, { announce: announceVisitBooking }),
    ),
  /** Facts entered by hand for an agency that could not answer (audited; four eyes when they change the outcome). */
  enterAgencyData: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZManualAgencyEntry)
    .mutation(({ ctx, input }) => enterAgencyData(ctx.db, ctx.user, input, ctx.now)),

  /** A second supervisor confirms or rejects facts entered by hand that change the outcome (audited). */
  decideAgencyData: staffProcedure("SUPERVISOR")
    .input(ZManualEntryDecision)
    .mutation(({ ctx, input }) => decideAgencyData(ctx.db, ctx.user, input, ctx.now)),

  /** The district's entries waiting for a supervisor's confirmation. */
  pendingAgencyData: staffProcedure("CASEWORKER", "SUPERVISOR").query(({ ctx }) =>
    listPendingAgencyData(ctx.db, ctx.user),
  ),
});
