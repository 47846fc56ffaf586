import { z } from "zod";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { confirmParameter } from "@/server/services/law/confirm-parameter";
import { rejectParameterProposal, withdrawParameterProposal } from "@/server/services/law/close-parameter-proposal";
import { listParameterProposals } from "@/server/services/law/list-parameter-proposals";
import { proposeParameter, ZParameterProposalInput } from "@/server/services/law/propose-parameter";
import { createStaff, ZStaffAccountInput } from "@/server/services/staff/create-staff";
import { listStaff, understaffedDistricts } from "@/server/services/staff/list-staff";
import { recordAbsence, ZAbsenceInput } from "@/server/services/staff/record-absence";
import { reassignInspection, ZReassignInspection } from "@/server/services/inspections/reassign-inspection";
import { announceVisitBooking } from "@/server/services/inspections/announce-visit-booking";
import { setStaffActive } from "@/server/services/staff/set-staff-active";
import { updateStaff } from "@/server/services/staff/update-staff";
import { enterHolidayYear, ZHolidayYearInput } from "@/server/services/law/enter-holiday-year";
import { appBaseUrl } from "@/server/services/notifications/app-base-url";
import { sendStaffEmail } from "@/server/services/notifications/send-staff-email";
import { issuePasswordLink } from "@/server/services/staff/issue-password-link";
import { listAbsences } from "@/server/services/staff/list-absences";
import { AppError } from "@/server/errors";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";

const ZId = z.string().min(1).max(60);

/** E-mails the account a one-time link to set its password; false when it could not be sent (the admin may resend). */
async function sendSetPasswordLink(db: Db, admin: SessionUser, userId: string, now: Date): Promise<boolean> {
  try {
    return await issuePasswordLink(db, { userId, purpose: "SET", now, baseUrl: appBaseUrl(), actor: admin }, (m) =>
      sendStaffEmail(db, m),
    );
  } catch {
    return false;
  }
}

/** The ministry's administration console: the law's values under four eyes, and staff accounts (ADMIN unless noted). */
export const administrationRouter = createTRPCRouter({
  proposeParameter: staffProcedure("ADMIN")
    .input(ZParameterProposalInput)
    .mutation(({ ctx, input }) => proposeParameter(ctx.db, ctx.user, input, ctx.now)),
  parameterProposals: staffProcedure("ADMIN").query(({ ctx }) => listParameterProposals(ctx.db, ctx.user)),
  confirmParameter: staffProcedure("ADMIN")
    .input(z.strictObject({ proposalId: ZId }))
    .mutation(({ ctx, input }) => confirmParameter(ctx.db, ctx.user, input.proposalId, ctx.now)),
  /** The proposer takes back their own pending proposal; the date is free again. */
  withdrawParameterProposal: staffProcedure("ADMIN")
    .input(z.strictObject({ proposalId: ZId }))
    .mutation(({ ctx, input }) => withdrawParameterProposal(ctx.db, ctx.user, input.proposalId, ctx.now)),
  /** Another administrator turns down a pending proposal instead of confirming it. */
  rejectParameterProposal: staffProcedure("ADMIN")
    .input(z.strictObject({ proposalId: ZId }))
    .mutation(({ ctx, input }) => rejectParameterProposal(ctx.db, ctx.user, input.proposalId, ctx.now)),
  listStaff: staffProcedure("ADMIN").query(({ ctx }) => listStaff(ctx.db, ctx.user)),
  understaffedDistricts: staffProcedure("ADMIN").query(({ ctx }) => understaffedDistricts(ctx.db)),
  createStaff: staffProcedure("ADMIN")
    .input(ZStaffAccountInput)
    .mutation(async ({ ctx, input }) => {
      const { id } = await createStaff(ctx.db, ctx.user, input);
      // The account exists either way; a link that could not be sent is sent again from the staff page.
      return { id, linkSent: await sendSetPasswordLink(ctx.db, ctx.user, id, ctx.now) };
    }),
  /** A new set-password link for an active account (the first one expired or never arrived). */
  sendPasswordLink: staffProcedure("ADMIN")
    .input(z.strictObject({ userId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const target = await ctx.db.user.findUnique({
        where: { id: input.userId },
        select: { role: true, active: true },
      });
      if (!target || target.role === "CITIZEN" || !target.active) throw new AppError("notFound");
      if (!(await sendSetPasswordLink(ctx.db, ctx.user, input.userId, ctx.now))) throw new AppError("emailUnavailable");
      return { sent: true };
    }),
  /** An inspector's recorded absences, newest first. */
  absences: staffProcedure("ADMIN")
    .input(z.strictObject({ userId: ZId }))
    .query(({ ctx, input }) => listAbsences(ctx.db, ctx.user, input.userId)),
  /** A year's Cabinet decision on holidays and transferred days off, replacing that year's days. */
  enterHolidayYear: staffProcedure("ADMIN")
    .input(ZHolidayYearInput)
    .mutation(({ ctx, input }) => enterHolidayYear(ctx.db, ctx.user, input, ctx.now)),
  updateStaff: staffProcedure("ADMIN")
    .input(z.strictObject({ userId: ZId, account: ZStaffAccountInput }))
    .mutation(({ ctx, input }) => updateStaff(ctx.db, ctx.user, input.userId, input.account)),
  setStaffActive: staffProcedure("ADMIN")
    .input(z.strictObject({ userId: ZId, active: z.boolean() }))
    .mutation(({ ctx, input }) => setStaffActive(ctx.db, ctx.user, input.userId, input.active)),
  /** Inspectors' leave and sickness: administrators for anyone, supervisors for their own district. */
  recordAbsence: staffProcedure("ADMIN", "SUPERVISOR")
    .input(ZAbsenceInput)
    .mutation(({ ctx, input }) => recordAbsence(ctx.db, ctx.user, input)),
  /** A supervisor moves a home visit of their district to another inspector or day. */
  reassignInspection: staffProcedure("SUPERVISOR")
    .input(ZReassignInspection)
    .mutation(({ ctx, input }) =>
      reassignInspection(ctx.db, ctx.user, input, ctx.now, { announce: announceVisitBooking }),
    ),
});
