import { z } from "zod";
import { ZChangeReportAnswer } from "@/lib/changes/change-answer";
import { ZStaffOfficeNote } from "@/lib/staff/office-note";
import { citizenProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { announceChangeReport, announcePeriodDecision } from "@/server/services/changes/announce-change";
import { decideChangeReport } from "@/server/services/changes/decide-change-report";
import { listCaseChangeReports } from "@/server/services/changes/list-case-change-reports";
import { getChangeReportFile } from "@/server/services/changes/get-change-report-file";
import { getChangeReports } from "@/server/services/changes/get-change-reports";
import { listChangeReportsInReview } from "@/server/services/changes/list-change-reports-in-review";
import {
  listFalseInformationFindings,
  recordFalseInformation,
} from "@/server/services/changes/record-false-information";
import { reportChange } from "@/server/services/changes/report-change";
import { announceCardBranch } from "@/server/services/bank/announce-card-branch";
import { chooseCardBranch, listCardBranches } from "@/server/services/bank/choose-card-branch";

// Changes during the assistance period (issue 14): the family's change reports, the staff's answer to a
// reassessment in review, ground 9 (false information), and the card's branch.

const ZApplicationId = z.object({ applicationId: z.string().min(1).max(64) });
const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.changeDateFormat");
/** A reported change as sent; its details are checked by the service (src/lib/changes), for a field-by-field answer. */
const ZChangeInput = ZApplicationId.extend({
  changedOn: z.string().max(20),
  change: z.looseObject({ kind: z.string().max(40) }),
});

export const changesRouter = createTRPCRouter({
  /** The family's reports on its application and whether it may report one now. */
  reports: citizenProcedure
    .input(ZApplicationId)
    .query(({ ctx, input }) => getChangeReports(ctx.db, ctx.user, input.applicationId, ctx.now)),

  /** A change of income, composition or address; the details are checked by the service (src/lib/changes). */
  report: citizenProcedure.input(ZChangeInput).mutation(({ ctx, input }) =>
    reportChange(ctx.db, ctx.user, input as Parameters<typeof reportChange>[2], ctx.now, {
      announce: announceChangeReport,
    }),
  ),

  /** The district's staff: the reports on a case, and whether one may be recorded now (audited read). */
  caseReports: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZApplicationId)
    .query(({ ctx, input }) => listCaseChangeReports(ctx.db, ctx.user, input.applicationId, ctx.now)),

  /** The district's staff record a change the family reported at the office, with a note of how it told them. */
  reportAtOffice: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZChangeInput.extend({ note: ZStaffOfficeNote }))
    .mutation(({ ctx, input }) => {
      const { note, ...report } = input;
      return reportChange(
        ctx.db,
        ctx.user,
        report as Parameters<typeof reportChange>[2],
        ctx.now,
        { announce: announceChangeReport },
        note,
      );
    }),

  /** The district's change reports waiting for a person (the staff home's queue). */
  inReview: staffProcedure("CASEWORKER", "SUPERVISOR").query(({ ctx }) => listChangeReportsInReview(ctx.db, ctx.user)),

  /** One report with the agencies' fresh data and the engine's proposal, to answer it (audited read). */
  reportFile: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(z.object({ reportId: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => getChangeReportFile(ctx.db, ctx.user, input.reportId, ctx.now)),

  /** The district's staff answer a reassessment the engine sent to review (the case page's form checks the same). */
  decideReport: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZChangeReportAnswer)
    .mutation(({ ctx, input }) =>
      decideChangeReport(ctx.db, ctx.user, input, ctx.now, { announce: announcePeriodDecision }),
    ),

  /** Ground 9: a false-information finding on a decided case of the district. */
  recordFalseInformation: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(
      ZApplicationId.extend({
        what: z.string().trim().min(10, "errors.required").max(2000, "errors.textTooLong"),
        evidence: z.string().trim().min(5, "errors.required").max(2000, "errors.textTooLong"),
        foundOn: ZIsoDate,
      }),
    )
    .mutation(({ ctx, input }) =>
      recordFalseInformation(ctx.db, ctx.user, input, ctx.now, { announce: announcePeriodDecision }),
    ),

  findings: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZApplicationId)
    .query(({ ctx, input }) => listFalseInformationFindings(ctx.db, ctx.user, input.applicationId)),

  /** The bank's branches the family may collect its card at, while the card is not made yet; null otherwise. */
  cardBranches: citizenProcedure
    .input(ZApplicationId)
    .query(({ ctx, input }) => listCardBranches(ctx.db, ctx.user, input.applicationId, ctx.now)),

  chooseCardBranch: citizenProcedure
    .input(ZApplicationId.extend({ branchCode: z.string().regex(/^[A-Z0-9-]{2,40}$/, "errors.cardBranchUnknown") }))
    .mutation(({ ctx, input }) => chooseCardBranch(ctx.db, ctx.user, input, ctx.now, { announce: announceCardBranch })),
});
