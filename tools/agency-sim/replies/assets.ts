import type { z } from "zod";
import type { zAgricultureReply } from "@/server/integrations/agencies/connectors/agriculture";
import type { zCreditBureauReply } from "@/server/integrations/agencies/connectors/credit-bureau";
import type { zPropertyReply } from "@/server/integrations/agencies/connectors/property";
import type { zVehiclesReply } from "@/server/integrations/agencies/connectors/vehicles";
import type { ReplyInput } from "./reply-input";

export function property({ family, person, header }: ReplyInput): z.input<typeof zPropertyReply> {
  const purchase = person.bigPurchase?.object === "REAL_ESTATE" ? person.bigPurchase : undefined;
  return {
    ...header,
    objects: person.homes.map((h) => ({
      registryNo: h.registryNo,
      purpose: h.purpose,
      address: h.address,
      districtCode: family.districtCode,
      areaM2: h.areaM2,
      sharePct: 100,
      acquiredOn: "2010-06-01",
    })),
    transfers: purchase ? [{ date: purchase.date, kind: "PURCHASE", priceQepik: purchase.amountQepik }] : [],
  };
}

export function agriculture({ person, header }: ReplyInput): z.input<typeof zAgricultureReply> {
  return {
    ...header,
    landShares: person.land
      ? [{ parcelId: person.land.parcelId, areaM2: person.land.areaM2, use: person.land.use }]
      : [],
    livestock: person.livestock.map((l) => ({ kind: l.kind, count: l.count })),
  };
}

export function vehicles({ person, header }: ReplyInput): z.input<typeof zVehiclesReply> {
  const v = person.vehicle;
  const purchase = person.bigPurchase?.object === "VEHICLE" ? person.bigPurchase : undefined;
  return {
    ...header,
    vehicles: v
      ? [
          {
            plate: v.plate,
            make: v.make,
            year: v.year,
            relation: v.relation,
            rehabilitation: v.rehabilitation,
            registeredOn: `${v.year + 1}-03-15`,
          },
        ]
      : [],
    registrations: purchase ? [{ date: purchase.date, kind: "PURCHASE", priceQepik: purchase.amountQepik }] : [],
  };
}

export function creditBureau({ person, header }: ReplyInput): z.input<typeof zCreditBureauReply> {
  const l = person.loan;
  return {
    ...header,
    loans: l
      ? [
          {
            lender: l.lender,
            openedOn: l.openedOn,
            principalQepik: l.principalQepik,
            outstandingQepik: Math.round(l.principalQepik / 2),
            monthlyPaymentQepik: l.monthlyQepik,
            status: l.overdue ? "OVERDUE" : "ACTIVE",
          },
        ]
      : [],
  };
}
