import type { z } from "zod";
import type { zTelecomReply } from "@/server/integrations/agencies/connectors/telecom";
import type { zUtilityReply } from "@/server/integrations/agencies/connectors/utility-reply";
import * as amounts from "../population/monthly-amounts";
import type { ReplyInput } from "./reply-input";

/**
 * Utility accounts are in the representative's name (position 0); asked by anyone else, the utility has no
 * account for them.
 */
function utility(service: "electricity" | "gas" | "water", unitPrice: number) {
  return ({ family, person, header, months }: ReplyInput): z.input<typeof zUtilityReply> => {
    const bills = months.map((month) => {
      const amountQepik = amounts.billIn(family, service, month);
      return { month, consumption: Math.round(amountQepik / unitPrice), amountQepik };
    });
    const has = person.position === 0 && bills.some((b) => b.amountQepik > 0);
    return {
      ...header,
      accounts: has
        ? [
            {
              accountNo: `${service.slice(0, 2).toUpperCase()}-${family.index}`,
              meterNo: `M-${service.slice(0, 1).toUpperCase()}${family.index * 7 + 11}`,
              address: family.address,
              unit: service === "electricity" ? "KWH" : "M3",
              bills,
            },
          ]
        : [],
    };
  };
}

// Tariffs in qəpik per unit, only to make consumption figures plausible.
export const electricity = utility("electricity", 8);
export const gas = utility("gas", 12);
export const water = utility("water", 70);

export function telecom({ person, header, months }: ReplyInput): z.input<typeof zTelecomReply> {
  if (person.telecomQepik === 0) return { ...header, subscriptions: [] };
  return {
    ...header,
    subscriptions: [
      {
        operator: person.fin.charCodeAt(0) % 2 ? "Azercell" : "Bakcell",
        kind: "MOBILE",
        bills: months.map((month) => ({ month, amountQepik: amounts.telecomIn(person, month) })),
      },
    ],
  };
}
