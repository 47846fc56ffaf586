import { z } from "zod";
import { zIsoDate, zQepik, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zVehiclesReply = zReplyHeader.extend({
  vehicles: z.array(
    z.object({
      plate: z.string().regex(/^\d{2}-[A-Z]{2}-\d{3}$/),
      make: z.string(),
      year: z.number().int().min(1950).max(2100),
      /** Owners and holders of a power of attorney to drive: RULES.md ground 4 covers "owns or uses". */
      relation: z.enum(["OWNER", "AUTHORIZED_USER"]),
      rehabilitation: z.boolean(),
      registeredOn: zIsoDate,
    }),
  ),
  registrations: z.array(z.object({ date: zIsoDate, kind: z.enum(["PURCHASE", "SALE"]), priceQepik: zQepik })),
});

export const vehiclesConnector = defineConnector({
  code: "vehicles",
  name: "Vehicle registry",
  purpose: "Verify motor vehicles owned or used by a family member and their sales or purchases",
  scope: "PERSON",
  reply: zVehiclesReply,
  map: (r, ctx) => {
    const source = sourceOf("vehicles");
    const first = ctx.months[0] ?? "";
    const last = ctx.months[ctx.months.length - 1] ?? "";
    return {
      vehicles: r.vehicles.map((v) => ({
        memberFin: ctx.fin,
        plate: v.plate,
        relation: v.relation,
        rehabilitation: v.rehabilitation,
        source,
      })),
      transactions: r.registrations
        .filter((t) => t.date.slice(0, 7) >= first && t.date.slice(0, 7) <= last)
        .map((t) => ({
          memberFin: ctx.fin,
          date: t.date,
          kind: t.kind,
          object: "VEHICLE" as const,
          amountQepik: t.priceQepik,
          source,
        })),
    };
  },
});
