import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate, isIsoDate } from "@/kernel/calendar-date";
import { formatDottedDate } from "@/lib/i18n/date-input";
import { parameterBounds, withinParameterBounds } from "@/lib/law/parameter-bounds";
import { parameterDateRefusals } from "@/lib/law/parameter-dates";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { PARAMETER_CODES } from "@/server/domain/parameters";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

export const ZParameterProposalInput = z
  .strictObject({
    code: z.string().refine((c) => (PARAMETER_CODES as readonly string[]).includes(c), "errors.invalidInput"),
    validFrom: z.string().refine(isIsoDate, "errors.dateFormat"),
    /** In the parameter's stored unit: qəpik for money (the form converts from AZN), basis points for shares. */
    value: z.number().int(),
    lawNumber: z.string().trim().min(1).max(60),
    lawDate: z.string().refine(isIsoDate, "errors.dateFormat"),
    note: z.string().trim().max(500).optional(),
  })
  // The parameter's plausible range (src/lib/law/parameter-bounds.ts), refused on the value field so the form
  // says it beside the value; an unknown code is already refused on its own field.
  .superRefine((input, ctx) => {
    if (parameterBounds(input.code) !== null && !withinParameterBounds(input.code, input.value))
      ctx.addIssue({ code: "custom", path: ["value"], message: "errors.parameterValueOutOfRange" });
  });
export type ParameterProposalInput = z.infer<typeof ZParameterProposalInput>;

/**
 * An administrator proposes a new value with the date it applies from and the legal act behind it. Nothing
 * changes for the engine until a second administrator confirms it. Only a future date may be proposed, at most ten
 * years ahead: a value already in force for decided cases is never rewritten, a correction is a new row from a
 * later date; a date beyond ten years is a typing error (01.01.2999). The act must
 * already be adopted (dated today or earlier, in Baku) and cannot be dated after the day its value takes effect.
 * The legal reference reads "number (dd.mm.yyyy)", as the act's date is written.
 */
export async function proposeParameter(
  db: Db,
  admin: SessionUser,
  input: ParameterProposalInput,
  now: Date,
): Promise<{ id: string }> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  // The form's own rules (parameter-dates.ts), the value's date first, as a refusal names one field.
  const dates = parameterDateRefusals(input, bakuDate(now));
  if (dates.validFrom) throw new AppError(dates.validFrom, { field: "validFrom" });
  if (dates.lawDate) throw new AppError(dates.lawDate, { field: "lawDate" });
  const existing = await db.parameter.findFirst({
    where: { code: input.code, validFrom: calendarDateToDb(input.validFrom) },
    select: { id: true },
  });
  if (existing) throw new AppError("parameterDateTaken", { field: "validFrom" });
  // One proposal per value awaiting its second administrator: the same one sent again (the form pressed twice) would
  // leave two to confirm, of which the second could only be refused. A wrong one is withdrawn by its proposer or
  // rejected by another administrator (close-parameter-proposal.ts), and the date is free again.
  const pending = await db.parameterProposal.findFirst({
    where: { code: input.code, validFrom: calendarDateToDb(input.validFrom), status: "PENDING" },
    select: { id: true },
  });
  if (pending) throw new AppError("parameterProposalPending", { field: "validFrom" });
  const unit = await db.parameter.findFirst({ where: { code: input.code }, select: { unit: true } });
  if (!unit) throw new AppError("invalidInput");
  const legalReference = `${input.lawNumber} (${formatDottedDate(input.lawDate)})`;
  return db.$transaction(async (tx) => {
    const row = await tx.parameterProposal.create({
      data: {
        code: input.code,
        validFrom: calendarDateToDb(input.validFrom),
        value: input.value,
        legalReference,
        note: input.note || null,
        proposedById: admin.id,
        proposedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: admin,
      action: "parameter.proposed",
      entity: "ParameterProposal",
      entityId: row.id,
      details: { code: input.code, validFrom: input.validFrom, value: input.value, legalReference },
    });
    return row;
  });
}
