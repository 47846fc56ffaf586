import { z } from "zod";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { confirmParameter } from "@/server/services/law/confirm-parameter";
import { listParameterProposals } from "@/server/services/law/list-parameter-proposals";
import { proposeParameter, ZParameterProposalInput } from "@/server/services/law/propose-parameter";
import { createStaff, ZStaffAccountInput } from "@/server/services/staff/create-staff";
import { listStaff, understaffedDistricts } from "@/server/services/staff/list-staff";
import { recordAbsence, ZAbsenceInput } from "@/server/services/staff/record-absence";
import { reassignInspection, ZReassignInspection } from "@/server/services/inspections/reassign-inspection";
import { setStaffActive } from "@/server/services/staff/set-staff-active";
import { updateStaff } from "@/server/services/staff/update-staff";

const ZId = z.string().min(1).max(60);

/** The ministry's administration console: the law's values under four eyes, and staff accounts (ADMIN unless noted). */
export const administrationRouter = createTRPCRouter({
  proposeParameter: staffProcedure("ADMIN")
    .input(ZParameterProposalInput)
    .mutation(({ ctx, input }) => proposeParameter(ctx.db, ctx.user, input, ctx.now)),
  parameterProposals: staffProcedure("ADMIN").query(({ ctx }) => listParameterProposals(ctx.db, ctx.user)),
  confirmParameter: staffProcedure("ADMIN")
    .input(z.strictObject({ proposalId: ZId }))
    .mutation(({ ctx, input }) => confirmParameter(ctx.db, ctx.user, input.proposalId, ctx.now)),
  listStaff: staffProcedure("ADMIN").query(({ ctx }) => listStaff(ctx.db, ctx.user)),
  understaffedDistricts: staffProcedure("ADMIN").query(({ ctx }) => understaffedDistricts(ctx.db)),
  createStaff: staffProcedure("ADMIN")
    .input(ZStaffAccountInput)
    .mutation(({ ctx, input }) => createStaff(ctx.db, ctx.user, input)),
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
    .mutation(({ ctx, input }) => reassignInspection(ctx.db, ctx.user, input, ctx.now)),
});
