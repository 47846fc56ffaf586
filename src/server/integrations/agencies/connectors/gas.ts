import { defineConnector } from "../connector";
import { mapUtilityBills, zUtilityReply } from "./utility-reply";

export const gasConnector = defineConnector({
  code: "gas",
  name: "Azerigas (natural gas)",
  purpose: "Verify the family's gas consumption and costs over the 12 months before the application",
  scope: "HOUSEHOLD",
  reply: zUtilityReply,
  map: (r, ctx) => mapUtilityBills("gas", "GAS", r, ctx),
});
