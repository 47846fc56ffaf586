import { z } from "zod";
import { zIsoDate, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zBorderReply = zReplyHeader.extend({
  crossings: z.array(z.object({ exitedOn: zIsoDate, returnedOn: zIsoDate.nullable() })),
  daysAbroadInPeriod: z.number().int().min(0).max(366),
});

/**
 * RULES.md excludes citizens who do not live in Azerbaijan. Being abroad now for more than half of the period
 * is the project's reading of "does not live here" *(design)*; the engine may apply its own threshold to
 * daysAbroadInPeriod.
 */
export const borderConnector = defineConnector({
  code: "border",
  name: "State Border Service (residence abroad)",
  purpose: "Check whether a family member lives abroad (excluded from the member count)",
  scope: "PERSON",
  reply: zBorderReply,
  map: (r) => {
    const abroadNow = r.crossings.find((c) => c.returnedOn === null);
    const livesAbroad = abroadNow !== undefined && r.daysAbroadInPeriod > 183;
    return {
      member: {
        daysAbroadInPeriod: r.daysAbroadInPeriod,
        statuses: livesAbroad
          ? [{ status: "LIVES_ABROAD", source: sourceOf("border"), since: abroadNow.exitedOn }]
          : [],
      },
    };
  },
});
