import { defineConnector } from "../connector";
import { mapUtilityBills, zUtilityReply } from "./utility-reply";

export const waterConnector = defineConnector({
  code: "water",
  name: "Azersu (water)",
  purpose: "Verify the family's water consumption and costs over the 12 months before the application",
  scope: "HOUSEHOLD",
  reply: zUtilityReply,
  map: (r, ctx) => mapUtilityBills("water", "WATER", r, ctx),
});
