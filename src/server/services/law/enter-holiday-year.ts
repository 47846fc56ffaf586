import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { isIsoDate, isoWeekday } from "@/kernel/calendar-date";
import { bakuDate } from "@/kernel/calendar-date";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

// Empty is "fill in this field"; one letter ("X") is filled in, and is refused for its length, as such.
const ZName = z
  .string()
  .trim()
  .min(1, "errors.required")
  .min(2, "errors.holidayNameTooShort")
  .max(120, "errors.textTooLong");

export const ZHolidayYearInput = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    /** The Cabinet of Ministers' decision, e.g. "Decision No. 512 of 2027-11-20". */
    legalReference: z.string().trim().min(3, "errors.required").max(200, "errors.textTooLong"),
    days: z
      .array(
        z.strictObject({
          date: z.string().refine(isIsoDate, "errors.dateFormat"),
          kind: z.enum(["HOLIDAY", "TRANSFERRED_DAY_OFF", "WORKING_WEEKEND_DAY"]),
          nameAz: ZName,
          nameRu: ZName,
          nameEn: ZName,
          /** A moving religious holiday whose date the Cabinet has not yet fixed. */
          provisional: z.boolean(),
        }),
      )
      .min(1, "errors.required")
      .max(60),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.days.forEach((d, i) => {
      if (isIsoDate(d.date) && Number(d.date.slice(0, 4)) !== input.year)
        ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: "errors.holidayOutsideYear" });
      else if (seen.has(d.date))
        ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: "errors.holidayDuplicate" });
      // Only a rest day can be made a working day; a weekday already is one.
      else if (d.kind === "WORKING_WEEKEND_DAY" && isIsoDate(d.date) && isoWeekday(d.date) < 6)
        ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: "errors.workingDayNotWeekend" });
      seen.add(d.date);
    });
  });
export type HolidayYearInput = z.infer<typeof ZHolidayYearInput>;

/**
 * An administrator enters a year's Cabinet decision on holidays, transferred days off and the rest days it made
 * working days. The year's days are
 * replaced as a whole (a later decision supersedes an earlier one, e.g. fixing a provisional religious holiday);
 * a past year is never changed, since decided deadlines were counted on it. Audit `calendar.yearEntered`.
 */
export async function enterHolidayYear(
  db: Db,
  admin: SessionUser,
  input: HolidayYearInput,
  now: Date,
): Promise<{ entered: number; replaced: number }> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  if (input.year < Number(bakuDate(now).slice(0, 4))) throw new AppError("holidayYearPast");
  const yearRange = { gte: calendarDateToDb(`${input.year}-01-01`), lte: calendarDateToDb(`${input.year}-12-31`) };
  return db.$transaction(async (tx) => {
    const { count: replaced } = await tx.publicHoliday.deleteMany({ where: { date: yearRange } });
    await tx.publicHoliday.createMany({
      data: input.days.map((d) => ({
        date: calendarDateToDb(d.date),
        kind: d.kind,
        nameAz: d.nameAz,
        nameRu: d.nameRu,
        nameEn: d.nameEn,
        provisional: d.provisional,
        legalReference: input.legalReference,
      })),
    });
    await recordAudit(tx, {
      actor: admin,
      action: "calendar.yearEntered",
      entity: "PublicHoliday",
      entityId: String(input.year),
      details: {
        year: input.year,
        legalReference: input.legalReference,
        days: input.days.length,
        provisional: input.days.filter((d) => d.provisional).length,
        replaced,
      },
    });
    return { entered: input.days.length, replaced };
  });
}
