import type { SimFamily, SimPerson } from "../population/model";

/** What every reply builder gets: the family and person the FIN points to, and the period asked for. */
export interface ReplyInput {
  family: SimFamily;
  person: SimPerson;
  header: { fin: string; periodFrom: string; periodTo: string };
  months: string[];
}
