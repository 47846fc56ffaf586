import type { AgencyCode } from "../catalogue";
import type { AgencyConnector } from "../connector";
import { agricultureConnector } from "./agriculture";
import { borderConnector } from "./border";
import { civilStatusConnector } from "./civil-status";
import { conscriptionConnector } from "./conscription";
import { creditBureauConnector } from "./credit-bureau";
import { disabilityConnector } from "./disability";
import { educationConnector } from "./education";
import { electricityConnector } from "./electricity";
import { employmentConnector } from "./employment";
import { gasConnector } from "./gas";
import { idpConnector } from "./idp";
import { labourConnector } from "./labour";
import { penitentiaryConnector } from "./penitentiary";
import { pensionsConnector } from "./pensions";
import { populationConnector } from "./population";
import { propertyConnector } from "./property";
import { taxConnector } from "./tax";
import { telecomConnector } from "./telecom";
import { vehiclesConnector } from "./vehicles";
import { waterConnector } from "./water";

/** The connector of every agency, keyed by code: the type makes a missing or extra agency a compile error. */
export const connectors: { [C in AgencyCode]: AgencyConnector } = {
  population: populationConnector,
  "civil-status": civilStatusConnector,
  penitentiary: penitentiaryConnector,
  labour: labourConnector,
  pensions: pensionsConnector,
  employment: employmentConnector,
  tax: taxConnector,
  property: propertyConnector,
  agriculture: agricultureConnector,
  vehicles: vehiclesConnector,
  education: educationConnector,
  disability: disabilityConnector,
  conscription: conscriptionConnector,
  electricity: electricityConnector,
  gas: gasConnector,
  water: waterConnector,
  telecom: telecomConnector,
  "credit-bureau": creditBureauConnector,
  idp: idpConnector,
  border: borderConnector,
};
