import { z } from "zod";
import { zIsoDate, zMonth, zQepik, zReplyHeader } from "../common";
import { defineConnector, inPeriod, sourceOf } from "../connector";

export const zEducationReply = zReplyHeader.extend({
  enrolments: z.array(
    z.object({
      institution: z.string(),
      level: z.enum(["SCHOOL", "VOCATIONAL", "BACHELOR", "MASTER", "DOCTORATE"]),
      form: z.enum(["FULL_TIME", "PART_TIME", "DISTANCE"]),
      from: zIsoDate,
      expectedEnd: zIsoDate,
    }),
  ),
  stipends: z.array(z.object({ month: zMonth, amountQepik: zQepik })),
});

export const educationConnector = defineConnector({
  code: "education",
  name: "Ministry of Education (students, stipends)",
  purpose: "Verify full-time study of a family member (an accepted reason not to work) and stipends paid",
  scope: "PERSON",
  reply: zEducationReply,
  map: (r, ctx) => {
    const source = sourceOf("education");
    const fullTime = r.enrolments.find((e) => e.form === "FULL_TIME");
    return {
      member: fullTime
        ? {
            statuses: [{ status: "FULL_TIME_STUDENT", source, since: fullTime.from }],
            fullTimeStudyEnds: fullTime.expectedEnd,
          }
        : undefined,
      incomes: inPeriod(r.stipends, ctx.months).map((s) => ({
        memberFin: ctx.fin,
        type: "STIPEND" as const,
        ...s,
        source,
      })),
    };
  },
});
