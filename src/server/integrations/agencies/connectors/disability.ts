import { z } from "zod";
import { zIsoDate, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zDisabilityReply = zReplyHeader.extend({
  assessments: z.array(
    z.object({
      decidedOn: zIsoDate,
      /** Loss of health in percent, the unit the commission decides in since 2015 (bands 31–60, 61–80, 81–100). */
      degreePct: z.number().int().min(0).max(100),
      childUnder18: z.boolean(),
      validUntil: zIsoDate.nullable(),
      status: z.enum(["VALID", "EXPIRED", "PENDING_REEXAMINATION"]),
    }),
  ),
});

export const disabilityConnector = defineConnector({
  code: "disability",
  name: "Medical-social expert commission (disability degree)",
  purpose: "Verify the disability degree of a family member (ability to work, care as a reason not to work)",
  scope: "PERSON",
  reply: zDisabilityReply,
  map: (r) => {
    const source = sourceOf("disability");
    // The latest decision counts; an expired one says nothing about today.
    const latest = [...r.assessments].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn))[0];
    if (!latest || latest.status === "EXPIRED") return {};
    return {
      member: {
        statuses: latest.degreePct > 30 ? [{ status: "DISABLED", source, since: latest.decidedOn }] : [],
        disability: {
          degreePct: latest.degreePct,
          childUnder18: latest.childUnder18,
          pendingReexamination: latest.status === "PENDING_REEXAMINATION",
          validUntil: latest.validUntil,
        },
      },
    };
  },
});
