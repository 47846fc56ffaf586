import type { AgencyFacts } from "@/server/integrations/agencies/agency-facts";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";

/**
 * One fact an agency gave, as a code the page translates and its values: never the raw reply. `kind` names the
 * label (workspace catalog `codes.factKinds`), `code` a translatable value (income type, status, …) and `values`
 * figures the page formats (qəpik amounts end in Qepik).
 */
export interface FactLine {
  kind:
    | "income"
    | "status"
    | "identity"
    | "disability"
    | "vehicle"
    | "realEstate"
    | "land"
    | "livestock"
    | "transaction"
    | "utility"
    | "jobOffer"
    | "loan";
  memberFin: string | null;
  code: string | null;
  values: Record<string, string | number | boolean | null>;
}

const from = (agency: AgencyCode) => `AGENCY:${agency}`;

/** The facts of the merged agency data that came from this agency about this person (or the household). */
export function agencyFactLines(facts: AgencyFacts, agency: AgencyCode, fin: string): FactLine[] {
  const src = from(agency);
  const lines: FactLine[] = [];
  // Incomes: one line per type, the period's total and how many months had any.
  const incomes = facts.incomes.filter((i) => i.source === src && i.memberFin === fin);
  const byType = new Map<string, { totalQepik: number; months: Set<string> }>();
  for (const i of incomes) {
    const e = byType.get(i.type) ?? { totalQepik: 0, months: new Set<string>() };
    e.totalQepik += i.amountQepik;
    e.months.add(i.month);
    byType.set(i.type, e);
  }
  for (const [type, e] of byType)
    lines.push({
      kind: "income",
      memberFin: fin,
      code: type,
      values: { totalQepik: e.totalQepik, months: e.months.size },
    });
  const member = facts.members.find((m) => m.fin === fin);
  if (agency === "population" && member?.identity) {
    const id = member.identity;
    lines.push({
      kind: "identity",
      memberFin: fin,
      code: null,
      values: { name: [id.lastName, id.firstName, id.patronymic].filter(Boolean).join(" "), birthDate: id.birthDate },
    });
  }
  for (const s of member?.statuses ?? [])
    if (s.source === src) lines.push({ kind: "status", memberFin: fin, code: s.status, values: { since: s.since } });
  if (agency === "disability" && member?.disability)
    lines.push({
      kind: "disability",
      memberFin: fin,
      code: null,
      values: {
        degreePct: member.disability.degreePct,
        validUntil: member.disability.validUntil,
        pendingReexamination: member.disability.pendingReexamination,
      },
    });
  for (const v of facts.vehicles)
    if (v.source === src && v.memberFin === fin)
      lines.push({
        kind: "vehicle",
        memberFin: fin,
        code: v.relation,
        values: { plate: v.plate, rehabilitation: v.rehabilitation },
      });
  for (const r of facts.realEstate)
    if (r.source === src && r.memberFin === fin)
      lines.push({ kind: "realEstate", memberFin: fin, code: r.purpose, values: { sharePct: r.sharePct } });
  for (const l of facts.land)
    if (l.source === src && l.memberFin === fin)
      lines.push({ kind: "land", memberFin: fin, code: l.use, values: { areaM2: l.areaM2 } });
  for (const l of facts.livestock)
    if (l.source === src && l.memberFin === fin)
      lines.push({ kind: "livestock", memberFin: fin, code: l.kind, values: { count: l.count } });
  for (const t of facts.transactions)
    if (t.source === src && t.memberFin === fin)
      lines.push({
        kind: "transaction",
        memberFin: fin,
        code: t.kind,
        values: { date: t.date, amountQepik: t.amountQepik },
      });
  for (const j of facts.jobOffers)
    if (j.source === src && j.memberFin === fin)
      lines.push({ kind: "jobOffer", memberFin: fin, code: j.outcome, values: { date: j.date } });
  for (const l of facts.loans)
    if (l.source === src && l.memberFin === fin)
      lines.push({ kind: "loan", memberFin: fin, code: l.status, values: { monthlyQepik: l.monthlyPaymentQepik } });
  // A household service's bills (memberFin null) belong to the household row, shown once; a per-person service's
  // (telecom) to the subscriber's row only. Summing every bill of the agency put the family's whole phone bill on
  // each person's row, and a caseworker adding the rows counted it once per member.
  const utilities = facts.utilityCosts.filter((u) => u.source === src && (u.memberFin === null || u.memberFin === fin));
  if (utilities.length > 0) {
    const total = utilities.reduce((s, u) => s + u.amountQepik, 0);
    lines.push({
      kind: "utility",
      memberFin: utilities[0]?.memberFin ?? null,
      code: utilities[0]?.service ?? null,
      values: { totalQepik: total, months: new Set(utilities.map((u) => u.month)).size },
    });
  }
  return lines;
}
