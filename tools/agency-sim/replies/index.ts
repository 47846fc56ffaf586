import type { AgencyCode } from "@/server/integrations/agencies/catalogue";
import { agriculture, creditBureau, property, vehicles } from "./assets";
import { border, civilStatus, conscription, idp, penitentiary, population } from "./people";
import type { ReplyInput } from "./reply-input";
import { electricity, gas, telecom, water } from "./utilities";
import { disability, education, employment, labour, pensions, tax } from "./work-income";

/** The reply builder of each of the 20 services; typed against the gateway's own contracts. */
export const replyBuilders: { [C in AgencyCode]: (input: ReplyInput) => object } = {
  population,
  "civil-status": civilStatus,
  penitentiary,
  labour,
  pensions,
  employment,
  tax,
  property,
  agriculture,
  vehicles,
  education,
  disability,
  conscription,
  electricity,
  gas,
  water,
  telecom,
  "credit-bureau": creditBureau,
  idp,
  border,
};
