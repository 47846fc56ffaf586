import { z } from "zod";
import { APPLICATION_STATUSES } from "@/kernel/application-statuses";

import { anySignedInProcedure, citizenProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";

import { addCaseNote } from "@/server/services/applications/add-case-note";

import { announceSubmission, announceWithdrawal } from "@/server/services/applications/announce-submission";

import {
  ZApplicationRef,
  ZFileAppealRequest,
  ZSaveDraftRequest,
  ZStartApplicationRequest,
  ZSubmitApplicationRequest,
} from "@/server/services/applications/application-wizard.types";

import { fileAppeal } from "@/server/services/applications/file-appeal";

import { getApplication } from "@/server/services/applications/get-application";

import { getApplicationTimeline } from "@/server/services/applications/get-application-timeline";

import { getDecisionLetter } from "@/server/services/applications/get-decision-letter";
import { ZDecisionId } from "@/lib/letters/letter-query";
import { getDecisionLetterContent } from "@/server/services/letters/get-decision-letter-content";

import { getDraft } from "@/server/services/applications/get-draft";

import { listApplications } from "@/server/services/applications/list-applications";

import { saveDraft } from "@/server/services/applications/save-draft";

import { startApplication } from "@/server/services/applications/start-application";
import { startBlocker } from "@/server/services/applications/start-blocker";

import { submitApplication } from "@/server/services/applications/submit-application";

import { withdrawApplication } from "@/server/services/applications/withdraw-application";

const ZLetterRef = ZApplicationRef.extend({ decisionId: ZDecisionId.optional() });

const ZId = z.object({ applicationId: z.string().min(1).max(64) });

export const ZApplicationSearch = z.strictObject({
  query: z.string().trim().min(2, "errors.searchTooShort").max(80, "errors.textTooLong").optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  before: z.string().max(200).optional(),
});

export const applicationRouter = createTRPCRouter({
  /** Opens the citizen's draft, or returns the one they already have. */
  start: citizenProcedure
    .input(ZStartApplicationRequest)
    .mutation(({ ctx, input }) => startApplication(ctx.db, ctx.user, { ...input, now: ctx.now })),

  /** Why "Start an application" would be refused today (the page says so instead of offering it), or null. */
  startBlocker: citizenProcedure.query(({ ctx }) =>
    ctx.user.fin ? startBlocker(ctx.db, ctx.user.fin, ctx.now) : null,
  ),

  draft: citizenProcedure
    .input(ZApplicationRef)
    .query(({ ctx, input }) => getDraft(ctx.db, ctx.user, input.applicationId, ctx.now)),

  saveDraft: citizenProcedure
    .input(ZSaveDraftRequest)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.user, input, ctx.now)),

  submit: citizenProcedure
    .input(ZSubmitApplicationRequest)
    .mutation(({ ctx, input }) =>
      submitApplication(ctx.db, ctx.user, input, ctx.now, { announce: announceSubmission }),
    ),

  withdraw: citizenProcedure
    .input(ZApplicationRef)
    .mutation(({ ctx, input }) =>
      withdrawApplication(ctx.db, ctx.user, input.applicationId, ctx.now, { announce: announceWithdrawal }),
    ),

  appeal: citizenProcedure
    .input(ZFileAppealRequest)
    .mutation(({ ctx, input }) => fileAppeal(ctx.db, ctx.user, input, ctx.now)),

  /** The citizen's page: status and timeline, polled while the application moves. */
  timeline: citizenProcedure
    .input(ZApplicationRef.extend({ locale: z.enum(["az", "ru", "en"]) }))
    .query(({ ctx, input }) => getApplicationTimeline(ctx.db, ctx.user, input.applicationId, input.locale)),

  /** A decision letter: the latest, or the earlier one `decisionId` names (the family keeps every letter). */
  letter: citizenProcedure
    .input(ZLetterRef)
    .query(({ ctx, input }) => getDecisionLetter(ctx.db, ctx.user, input.applicationId, input.decisionId)),
  letterContent: citizenProcedure
    .input(ZLetterRef)
    .query(({ ctx, input }) => getDecisionLetterContent(ctx.db, ctx.user, input.applicationId, input.decisionId)),

  /** A page of the caller's applications; staff search them by registration number, a member's FIN or name. */
  list: anySignedInProcedure
    .input(ZApplicationSearch.optional())
    .query(({ ctx, input }) => listApplications(ctx.db, ctx.user, input)),

  byId: anySignedInProcedure
    .input(ZId)
    .query(({ ctx, input }) => getApplication(ctx.db, ctx.user, input.applicationId)),

  addNote: staffProcedure("CASEWORKER", "SUPERVISOR")
    .input(ZId.extend({ text: z.string().trim().min(1).max(4000) }))
    .mutation(({ ctx, input }) => addCaseNote(ctx.db, ctx.user, input)),
});
