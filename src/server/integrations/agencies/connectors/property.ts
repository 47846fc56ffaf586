import { z } from "zod";
import { zDistrictCode, zIsoDate, zQepik, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zPropertyReply = zReplyHeader.extend({
  objects: z.array(
    z.object({
      registryNo: z.string().min(1),
      purpose: z.enum(["RESIDENTIAL", "COMMERCIAL", "GARAGE", "LAND_PLOT", "OTHER"]),
      address: z.string(),
      districtCode: zDistrictCode,
      areaM2: z.number().int().positive(),
      sharePct: z.number().int().min(1).max(100),
      acquiredOn: zIsoDate,
    }),
  ),
  transfers: z.array(z.object({ date: zIsoDate, kind: z.enum(["PURCHASE", "SALE"]), priceQepik: zQepik })),
});

export const propertyConnector = defineConnector({
  code: "property",
  name: "Real estate registry",
  purpose: "Verify real estate owned by a family member and its purchases or sales in the last 12 months",
  scope: "PERSON",
  reply: zPropertyReply,
  map: (r, ctx) => {
    const source = sourceOf("property");
    const first = ctx.months[0] ?? "";
    const last = ctx.months[ctx.months.length - 1] ?? "";
    return {
      realEstate: r.objects.map((o) => ({
        memberFin: ctx.fin,
        registryNo: o.registryNo,
        purpose: o.purpose,
        address: o.address,
        sharePct: o.sharePct,
        source,
      })),
      transactions: r.transfers
        .filter((t) => t.date.slice(0, 7) >= first && t.date.slice(0, 7) <= last)
        .map((t) => ({
          memberFin: ctx.fin,
          date: t.date,
          kind: t.kind,
          object: "REAL_ESTATE" as const,
          amountQepik: t.priceQepik,
          source,
        })),
    };
  },
});
