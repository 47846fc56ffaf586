import { z } from "zod";
import { zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zAgricultureReply = zReplyHeader.extend({
  landShares: z.array(
    z.object({
      parcelId: z.string().min(1),
      areaM2: z.number().int().positive(),
      use: z.enum(["ARABLE", "PASTURE", "ORCHARD", "HAYFIELD"]),
    }),
  ),
  livestock: z.array(
    z.object({
      kind: z.enum(["CATTLE", "SHEEP", "GOAT", "HORSE", "POULTRY", "BEEHIVE"]),
      count: z.number().int().positive(),
    }),
  ),
});

/**
 * Land and livestock are reported as quantities; the household-farm income they imply is imputed by the
 * decision engine from dated parameters, not invented here.
 */
export const agricultureConnector = defineConnector({
  code: "agriculture",
  name: "Agriculture registry (land shares, livestock)",
  purpose: "Verify land shares and livestock of a family member (household farm income)",
  scope: "PERSON",
  reply: zAgricultureReply,
  map: (r, ctx) => {
    const source = sourceOf("agriculture");
    return {
      land: r.landShares.map((l) => ({ memberFin: ctx.fin, ...l, source })),
      livestock: r.livestock.map((l) => ({ memberFin: ctx.fin, ...l, source })),
    };
  },
});
