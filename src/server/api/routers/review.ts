import { z } from "zod";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { ZAppealAnswer } from "@/lib/review/appeal-answer";
import { ZReviewAnswer, ZReviewConfirmation } from "@/lib/review/review-answer";
import { announceAppealAnswer } from "@/server/services/appeals/announce-appeal-answer";
import { answerAppeal } from "@/server/services/appeals/answer-appeal";
import { getAppeal } from "@/server/services/appeals/get-appeal";
import { reassignAppeal, ZReassignAppeal } from "@/server/services/appeals/reassign-appeal";
import { reorderBankAccount } from "@/server/services/bank/reorder-bank-account";
import { announceReview } from "@/server/services/reviews/announce-review";
import { confirmReview } from "@/server/services/reviews/confirm-review";
import { getCaseFile } from "@/server/services/reviews/get-case-file";
import { listAssignedAppeals } from "@/server/services/reviews/list-assigned-appeals";
import { listReviewQueue } from "@/server/services/reviews/list-review-queue";
import { reassignReview, ZReassignReview } from "@/server/services/reviews/reassign-review";
import { tellReviewHandover } from "@/server/services/reviews/tell-review-handover";
import { submitReview } from "@/server/services/reviews/submit-review";

const ZReviewRef = z.strictObject({ reviewId: z.string().min(1).max(64) });
const ZAppealRef = z.strictObject({ appealId: z.string().min(1).max(64) });
const ZApplicationRef = z.strictObject({ applicationId: z.string().min(1).max(64) });

const districtStaff = staffProcedure("CASEWORKER", "SUPERVISOR");

export const reviewRouter = createTRPCRouter({
  queue: districtStaff.query(({ ctx }) => listReviewQueue(ctx.db, ctx.user)),

  /** A card account the bank refused or the chain gave up on, ordered again; the service checks the case and the district. */
  reorderBankAccount: districtStaff
    .input(ZApplicationRef)
    .mutation(({ ctx, input }) =>
      reorderBankAccount(ctx.db, ctx.user, { applicationId: input.applicationId, now: ctx.now }),
    ),

  caseFile: districtStaff.input(ZReviewRef).query(({ ctx, input }) => getCaseFile(ctx.db, ctx.user, input.reviewId)),

  answer: districtStaff
    .input(ZReviewAnswer)
    .mutation(({ ctx, input }) => submitReview(ctx.db, ctx.user, input, ctx.now, { announce: announceReview })),

  /** Appeals against decisions, each assigned to a supervisor who had no hand in the decision. */
  appeals: staffProcedure("SUPERVISOR").query(({ ctx }) => listAssignedAppeals(ctx.db, ctx.user)),

  /** One appeal with the appealed decision, for the supervisor it is assigned to (audited). */
  appeal: staffProcedure("SUPERVISOR")
    .input(ZAppealRef)
    .query(({ ctx, input }) => getAppeal(ctx.db, ctx.user, input.appealId)),

  /** The answer: a new, explained final decision; the service refuses anyone who had a hand in the appealed one. */
  answerAppeal: staffProcedure("SUPERVISOR")
    .input(ZAppealAnswer)
    .mutation(({ ctx, input }) => answerAppeal(ctx.db, ctx.user, input, ctx.now, { announce: announceAppealAnswer })),

  /** Four eyes: only a supervisor, and the service refuses the one who answered. */
  confirm: staffProcedure("SUPERVISOR")
    .input(ZReviewConfirmation)
    .mutation(({ ctx, input }) => confirmReview(ctx.db, ctx.user, input, ctx.now, { announce: announceReview })),

  /** Hands an open appeal to another supervisor of the district who had no hand in the decision. */
  reassignAppeal: staffProcedure("SUPERVISOR")
    .input(ZReassignAppeal)
    .mutation(({ ctx, input }) => reassignAppeal(ctx.db, ctx.user, input)),

  /** Hands a waiting review to another eligible person of the district (the service checks district and role). */
  reassign: staffProcedure("SUPERVISOR")
    .input(ZReassignReview)
    .mutation(async ({ ctx, input }) => {
      await tellReviewHandover(ctx.db, await reassignReview(ctx.db, ctx.user, input));
    }),
});
