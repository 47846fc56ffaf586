import { z } from "zod";
import {
  ABSENCE_KINDS,
  INCOME_TYPES,
  RELATIONS,
  type DisabilityCategory,
  type ExclusionCode,
} from "@/kernel/input-enums";
import type { AssessmentInputDraft } from "@/server/domain/input-schema";
import type { AgencyFacts, MemberFacts, MemberStatus } from "@/server/integrations/agencies/agency-facts";
import { ENGINE_AGENCY, ENGINE_INCOME_TYPE, engineSource } from "./engine-codes";

export interface DeclaredMember {
  fin: string;
  birthDate: string;
  relation: string;
  declaredFacts: unknown;
}

export interface CaseFrame {
  applicationDate: string;
  address: { id: string; text?: string };
  representativeFin: string;
  months: readonly string[];
  members: DeclaredMember[];
  /**
   * `startedOn` (YYYY-MM-DD): an income reported during the period, from that day; absent for the e-application's.
   * `registered`: whether a register holds it (a job with a labour contract): false for what none holds, null or
   * absent when not known (reported before the change form asked).
   */
  declaredIncomes: {
    memberFin: string;
    type: string;
    monthlyQepik: number;
    startedOn?: string | null;
    registered?: boolean | null;
  }[];
  /** Which (agency, member) pairs answered: an absent employment record only means "not working" if asked. */
  answered: (agency: "labour" | "tax", fin: string) => boolean;
}

/** FamilyMember.declaredFacts: what only the family can say, in the engine's vocabulary. Unknown keys are ignored. */
const zDeclaredFacts = z
  .looseObject({
    caresFor: z.array(z.union([z.string(), z.object({ fin: z.string() })])).optional(),
    absence: z.object({ kind: z.enum(ABSENCE_KINDS) }).optional(),
  })
  .catch({});

const EXCLUSIONS: Partial<Record<MemberStatus, ExclusionCode>> = {
  CONSCRIPT: "CONSCRIPT_ON_ACTIVE_SERVICE",
  IMPRISONED: "SERVING_SENTENCE",
  WANTED: "WANTED",
  LIVES_ABROAD: "RESIDES_ABROAD",
  FOREIGN_CITIZEN: "FOREIGN_CITIZEN",
  DECEASED: "DECEASED",
  IN_STATE_CARE: "FULL_STATE_CARE",
};

function disabilityCategory(d: NonNullable<MemberFacts["disability"]>): DisabilityCategory | null {
  if (d.childUnder18) return "CHILD_WITH_DISABILITY";
  if (d.degreePct >= 81) return "DEGREE_1_81_100";
  if (d.degreePct >= 61) return "DEGREE_2_61_80";
  if (d.degreePct >= 31) return "DEGREE_3_31_60";
  return null;
}

/**
 * Fills the decision engine's input (src/server/domain/input-schema.ts) from the agencies' facts and the
 * declaration. The inspection and previous decisions are not this layer's: the caller adds them.
 */
export function toAssessmentInput(
  facts: AgencyFacts,
  frame: CaseFrame,
): Omit<AssessmentInputDraft, "inspection" | "previous"> {
  const factsOf = new Map(facts.members.map((m) => [m.fin, m]));
  const members = frame.members.map((d) => {
    const f = factsOf.get(d.fin);
    const has = (s: MemberStatus) => f?.statuses.find((x) => x.status === s);
    const declared = zDeclaredFacts.parse(d.declaredFacts ?? {});
    const exclusions = (f?.statuses ?? []).flatMap((s) => {
      const code = EXCLUSIONS[s.status];
      return code ? [{ code, source: engineSource(s.source) }] : [];
    });
    const category = f?.disability ? disabilityCategory(f.disability) : null;
    const employed = has("EMPLOYED") ?? has("ENTREPRENEUR");
    const employment = employed
      ? {
          status: has("EMPLOYED") ? ("EMPLOYED" as const) : ("SELF_EMPLOYED" as const),
          source: engineSource(employed.source),
        }
      : frame.answered("labour", d.fin) && frame.answered("tax", d.fin)
        ? { status: "NOT_WORKING" as const, source: engineSource("AGENCY:labour") }
        : undefined;
    const insurance = has("RECEIVES_UNEMPLOYMENT_INSURANCE");
    const student = has("FULL_TIME_STUDENT");
    const relation = (RELATIONS as readonly string[]).includes(d.relation) ? d.relation : "OTHER_RELATIVE";
    return {
      fin: d.fin,
      birthDate: f?.identity?.birthDate ?? d.birthDate,
      sex: f?.identity?.sex === "F" ? ("FEMALE" as const) : ("MALE" as const),
      relation: relation as (typeof RELATIONS)[number],
      exclusions,
      disability: category && f?.disability ? { category, source: engineSource("AGENCY:disability") } : undefined,
      pensions: (f?.pensions ?? []).map((kind) => ({ kind, source: engineSource("AGENCY:pensions") })),
      employment,
      unemploymentInsurance: insurance ? { source: engineSource(insurance.source) } : undefined,
      study: student ? { mode: "FULL_TIME" as const, source: engineSource(student.source) } : undefined,
      caresFor: (declared.caresFor ?? [])
        .map((c) => (typeof c === "string" ? c : c.fin))
        .filter((fin) => fin !== d.fin && frame.members.some((m) => m.fin === fin))
        .map((fin) => ({ fin, source: "DECLARED" as const })),
      absence: declared.absence ? { kind: declared.absence.kind, source: "DECLARED" as const } : undefined,
    };
  });

  // Declared income becomes monthly records over the window. The e-application asks only for income no register
  // holds, so it is added to the agencies' figures rather than compared with them (a contract wage and informal
  // work of the same person are two incomes, not one declared twice). An income reported during the period counts
  // over the whole window too (the family's income as it now is), less what the registers already show of it when
  // a register holds it (a job with a labour contract).
  const engineIncomes = facts.incomes.map((i) => ({
    ...i,
    type: ENGINE_INCOME_TYPE[i.type],
    source: engineSource(i.source),
  }));
  const declaredIncomes = frame.declaredIncomes.flatMap((i) =>
    (INCOME_TYPES as readonly string[]).includes(i.type)
      ? frame.months.flatMap((month) => {
          const amountQepik = i.monthlyQepik - alreadyRegistered(i, month, frame.months, engineIncomes);
          return amountQepik > 0
            ? [
                {
                  memberFin: i.memberFin,
                  type: i.type as (typeof INCOME_TYPES)[number],
                  month,
                  amountQepik,
                  source: "DECLARED" as const,
                  beyondRegisters: true,
                },
              ]
            : [];
        })
      : [],
  );

  // A pending re-examination leaves the commission without a current decision: a person must look (REVIEW).
  const pending = facts.members
    .filter((m) => m.disability?.pendingReexamination)
    .map(() => ({
      agency: ENGINE_AGENCY.disability,
      reason: "REEXAMINATION_PENDING" as const,
    }));

  return {
    schemaVersion: 1,
    applicationDate: frame.applicationDate,
    address: frame.address,
    representative: { fin: frame.representativeFin, role: "FAMILY_MEMBER" },
    members,
    incomes: [...engineIncomes, ...declaredIncomes.filter((i) => frame.members.some((m) => m.fin === i.memberFin))],
    vehicles: facts.vehicles.map((v) => ({
      registration: v.plate,
      relation: v.relation === "OWNER" ? ("OWNS" as const) : ("USES" as const),
      holderFin: v.memberFin,
      stateRehabilitationVehicle: v.rehabilitation,
      source: engineSource(v.source),
    })),
    realEstate: facts.realEstate.map((r) => ({
      objectId: r.registryNo,
      purpose: r.purpose === "COMMERCIAL" ? ("NON_RESIDENTIAL" as const) : r.purpose,
      address: r.address || "-",
      ownerFin: r.memberFin,
      source: engineSource(r.source),
    })),
    transactions: facts.transactions
      .filter((t) => t.kind === "PURCHASE" || t.kind === "SALE")
      .map((t) => ({
        kind: t.kind as "PURCHASE" | "SALE",
        date: t.date,
        amountQepik: t.amountQepik,
        description: `${t.object.toLowerCase().replace("_", " ")} ${t.kind.toLowerCase()}`,
        source: engineSource(t.source),
      })),
    utilityCosts: facts.utilityCosts.map((u) => ({
      month: u.month,
      kind: u.service,
      amountQepik: u.amountQepik,
      source: engineSource(u.source),
    })),
    // The engine judges the family as of the application date; a refusal the agency recorded after it (a gather
    // asked again days later) belongs to the next application, and the engine's input refuses later dates.
    jobOfferRefusals: facts.jobOffers
      .filter((o) => o.outcome === "REFUSED" && o.suitable && o.date <= frame.applicationDate)
      .map((o) => ({ memberFin: o.memberFin, date: o.date, offerRef: o.offerId, source: engineSource(o.source) })),
    unobtainedData: oncePerAgency([
      ...facts.missingData.map((m) => ({
        agency: ENGINE_AGENCY[m.agency],
        reason:
          m.reason === "NOT_FETCHED"
            ? ("NOT_CONNECTED" as const)
            : m.detail === "TIMEOUT"
              ? ("TIMEOUT" as const)
              : m.detail === "CIRCUIT_OPEN"
                ? ("NO_RESPONSE" as const)
                : ("ERROR" as const),
        note: m.reason === "NOT_FOUND" ? "person not found in the register" : (m.detail ?? undefined),
      })),
      ...pending,
    ]),
  };
}

/**
 * One entry per agency, reason and note: the engine's reason names the agency, not the person, so an agency that
 * did not answer for three members read as three identical lines in the reasons staff and families read.
 */
function oncePerAgency<T extends { agency: string; reason: string; note?: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = JSON.stringify([e.agency, e.reason, e.note ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How much of an income reported during the period the registers already show in `month`: from the month it began,
 * what they hold of the member's income of that type beyond what they held the month before it began. A contract
 * job reported in June and registered from May is then counted once in May and June. Nothing is deducted from an
 * income no register holds: one declared in the e-application (no `startedOn`), which the form asks only for, or
 * one reported as such (`registered: false`, work without a labour contract), which counts in full beside the
 * registers' figures, a second, informal job of a member the registers show working included. A report made before
 * the form asked (`registered` null) may have been either, and is read as a register's.
 */
function alreadyRegistered(
  income: CaseFrame["declaredIncomes"][number],
  month: string,
  months: readonly string[],
  registered: readonly { memberFin: string; type: string; month: string; amountQepik: number }[],
): number {
  if (!income.startedOn || income.registered === false) return 0;
  const startMonth = income.startedOn.slice(0, 7);
  if (month < startMonth) return 0;
  const held = (m: string) =>
    registered
      .filter((r) => r.memberFin === income.memberFin && r.type === income.type && r.month === m)
      .reduce((sum, r) => sum + r.amountQepik, 0);
  const before = months.filter((m) => m < startMonth).at(-1);
  return Math.max(0, held(month) - (before ? held(before) : 0));
}
