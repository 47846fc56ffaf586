import { defineConnector } from "../connector";
import { mapUtilityBills, zUtilityReply } from "./utility-reply";

export const electricityConnector = defineConnector({
  code: "electricity",
  name: "Azerishiq (electricity)",
  purpose: "Verify the family's electricity consumption and costs over the 12 months before the application",
  scope: "HOUSEHOLD",
  reply: zUtilityReply,
  map: (r, ctx) => mapUtilityBills("electricity", "ELECTRICITY", r, ctx),
});
