import { z } from "zod";
import type { AssessmentInputDraft } from "@/server/domain/input-schema";
import type { AgencyFacts, MissingData } from "@/server/integrations/agencies/agency-facts";
import { AGENCY_CODES, isAgencyCode, type AgencyCode } from "@/server/integrations/agencies/catalogue";
import {
  compareDeclaration,
  type Declaration,
  type Discrepancy,
} from "@/server/integrations/agencies/compare-declaration";
import { connectors } from "@/server/integrations/agencies/connectors";
import { mergeAgencyFacts, type MappedReply } from "@/server/integrations/agencies/merge-agency-facts";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { ENGINE_AGENCY } from "./engine-codes";
import { applicationTargets, targetsOf } from "./load-application-targets";
import { ZInspectionResult } from "@/lib/inspection/inspection-result";
import { readFamilyRecord } from "./read-family-record";
import { zStoredAgencyData, type StoredAgencyData } from "./stored-result";
import { toAssessmentInput } from "./to-assessment-input";

export interface BuildVerifiedCaseOptions {
  applicationId: string;
  /** The inspection's part of the engine input; until it is done, NOT_DONE/NOT_YET_DONE. */
  inspection?: AssessmentInputDraft["inspection"];
  previous?: AssessmentInputDraft["previous"];
  /** A reassessment's date (see loadApplicationTargets); the application date when absent. */
  asOf?: string;
  /** One stored answer replaced, unsaved: the engine's outcome with data a caseworker proposes to enter. */
  replacing?: { agency: AgencyCode; storedAs: string; data: StoredAgencyData };
}

export interface VerifiedCase {
  /** The decision engine's input (validate with parseAssessmentInput before deciding). */
  input: AssessmentInputDraft;
  facts: AgencyFacts;
  discrepancies: Discrepancy[];
  /** The answers used that staff entered by hand (memberFin "" for a household service). */
  staffEntered: { agency: AgencyCode; memberFin: string }[];
  /** The family's members as the application lists them (the names for the reasons' texts). */
  members: { fin: string; firstName: string; lastName: string }[];
}

/**
 * Assembles the stored agency results and the family's declaration into the engine's input, the merged agency
 * facts and the discrepancies between the two. Reads only; never asks an agency.
 */
export async function buildVerifiedCase(
  options: BuildVerifiedCaseOptions,
  deps: Pick<AgencyServiceDeps, "db">,
): Promise<VerifiedCase> {
  const app = await readFamilyRecord(deps.db, options.applicationId);
  const targets = applicationTargets(options.applicationId, app, options.asOf);

  const stored = new Map<string, { data: unknown }>(
    app.agencyResults.filter((r) => isAgencyCode(r.agency)).map((r) => [`${r.agency} ${r.memberFin}`, r]),
  );
  const { replacing } = options;
  if (replacing) stored.set(`${replacing.agency} ${replacing.storedAs}`, { data: replacing.data });
  const staffEntered: VerifiedCase["staffEntered"] = [];
  const mapped: MappedReply[] = [];
  const missing: MissingData[] = [];
  const answered = new Set<string>();
  for (const agency of AGENCY_CODES) {
    for (const t of targetsOf(agency, targets)) {
      const memberFin = t.storedAs === "" ? null : t.storedAs;
      const row = stored.get(`${agency} ${t.storedAs}`);
      const data = row ? zStoredAgencyData.safeParse(row.data) : null;
      if (!row || !data) {
        missing.push({ agency, memberFin, reason: "NOT_FETCHED", detail: null });
        continue;
      }
      if (!data.success || data.data.kind === "UNAVAILABLE") {
        missing.push({
          agency,
          memberFin,
          reason: "UNAVAILABLE",
          detail: data.success && data.data.kind === "UNAVAILABLE" ? data.data.outcome : "MALFORMED",
        });
        continue;
      }
      if (data.data.kind === "NOT_FOUND") {
        // Only the population registry must know everyone; elsewhere "no such person" means "no record".
        if (agency === "population") missing.push({ agency, memberFin, reason: "NOT_FOUND", detail: null });
        else answered.add(`${agency} ${t.fin}`);
        continue;
      }
      // Validated again: a stored reply from an older contract must not slip through unchecked.
      const reply = connectors[agency].reply.safeParse(data.data.reply);
      if (!reply.success) {
        missing.push({ agency, memberFin, reason: "UNAVAILABLE", detail: "MALFORMED" });
        continue;
      }
      answered.add(`${agency} ${t.fin}`);
      if (data.data.enteredBy) staffEntered.push({ agency, memberFin: t.storedAs });
      mapped.push({
        memberFin,
        fragment: connectors[agency].map(reply.data, { fin: t.fin, months: targets.period.months }),
      });
    }
  }
  const facts = mergeAgencyFacts(targets.memberFins, mapped);
  facts.missingData.push(...missing);

  const declaration: Declaration = {
    members: app.members.map((m) => ({
      fin: m.fin,
      firstName: m.firstName,
      lastName: m.lastName,
      birthDate: m.birthDate,
    })),
    incomes: app.declaredIncomes,
    assets: app.declaredAssets,
  };
  const discrepancies = compareDeclaration(declaration, facts, targets.period.months.length);

  const frame = {
    applicationDate: targets.applicationDate,
    address: {
      id: `${app.districtCode ?? "-"}:${(app.address ?? "").trim().toLocaleLowerCase("az")}`,
      text: app.address ?? undefined,
    },
    representativeFin: targets.representativeFin,
    months: targets.period.months,
    members: app.members.map((m) => ({
      fin: m.fin,
      birthDate: m.birthDate,
      relation: m.relation,
      declaredFacts: m.declaredFacts,
    })),
    declaredIncomes: app.declaredIncomes,
    answered: (agency: AgencyCode, fin: string) => answered.has(`${agency} ${fin}`),
  };
  const base = toAssessmentInput(facts, frame);
  return {
    input: {
      ...base,
      declarationChecks: declarationChecks(
        declaration,
        facts,
        options.inspection?.status === "COMPLETED" ? visitCounts(app.visitResult) : null,
      ),
      // The people registered with the representative whom the family did not list: each one a review. Only the
      // representative's registered household: a member registered at another address (a student at a relative's)
      // would bring that address's people in, a review for nothing. Staff see every member's household among the
      // discrepancies (compare-declaration.ts); without the representative's answer the case reviews anyway.
      undeclaredResidents: undeclaredWithRepresentative(facts, targets.representativeFin, declaration),
      inspection: options.inspection ?? { status: "NOT_DONE", reason: "NOT_YET_DONE" },
      previous: options.previous,
    },
    facts,
    discrepancies,
    staffEntered,
    members: app.members.map(({ fin, firstName, lastName }) => ({ fin, firstName, lastName })),
  };
}

const zCount = z
  .looseObject({ count: z.number().int().positive().optional(), areaM2: z.number().int().positive().optional() })
  .catch({});

/** The representative's registered household less the family's declared members (the engine's undeclaredResidents). */
function undeclaredWithRepresentative(
  facts: AgencyFacts,
  representativeFin: string,
  declaration: Declaration,
): string[] {
  const declared = new Set(declaration.members.map((m) => m.fin));
  const household = facts.members.find((m) => m.fin === representativeFin)?.registeredHousehold ?? [];
  return [...new Set(household.filter((fin) => !declared.has(fin)))];
}

/**
 * What the inspector counted at the home: livestock heads; null without a readable result. The vehicles the tablet
 * lists are those seen at the home, a visitor's too: the inspector flags a family's car for a person's judgement.
 */
function visitCounts(result: unknown): { livestockHeads: number } | null {
  const visit = ZInspectionResult.safeParse(result);
  if (!visit.success) return null;
  return { livestockHeads: visit.data.livestock.reduce((s, l) => s + l.count, 0) };
}

/**
 * The declaration's asset figures against the registers' and, once the home visit was made, against what the
 * inspector counted there (livestock), for the engine's declaration rule (ground 1: "does not match the
 * verified data (agencies, inspection)"). The engine refuses only a declaration below a check's figure: a register
 * lists what is registered and an inspector what is at the home, and the wizard asks for the rest.
 */
function declarationChecks(
  declaration: Declaration,
  facts: AgencyFacts,
  visit: { livestockHeads: number } | null,
): NonNullable<AssessmentInputDraft["declarationChecks"]> {
  const obtained = (agency: AgencyCode) => !facts.missingData.some((m) => m.agency === agency);
  const sum = (kind: Declaration["assets"][number]["kind"], f: (d: z.infer<typeof zCount>) => number) =>
    declaration.assets.filter((a) => a.kind === kind).reduce((s, a) => s + f(zCount.parse(a.details)), 0);
  const checks: NonNullable<AssessmentInputDraft["declarationChecks"]> = [];
  if (obtained("vehicles"))
    checks.push({
      field: "VEHICLE_COUNT",
      declared: sum("VEHICLE", () => 1),
      verified: facts.vehicles.length,
      verifiedBy: `AGENCY:${ENGINE_AGENCY.vehicles}`,
    });
  if (obtained("property"))
    checks.push({
      field: "REAL_ESTATE_COUNT",
      declared: sum("REAL_ESTATE", () => 1),
      verified: facts.realEstate.length,
      verifiedBy: `AGENCY:${ENGINE_AGENCY.property}`,
    });
  if (obtained("agriculture")) {
    checks.push({
      field: "LAND_AREA_SQM",
      declared: sum("LAND", (d) => d.areaM2 ?? 0),
      verified: facts.land.reduce((s, l) => s + l.areaM2, 0),
      verifiedBy: `AGENCY:${ENGINE_AGENCY.agriculture}`,
    });
    checks.push({
      field: "LIVESTOCK_HEADS",
      declared: sum("LIVESTOCK", (d) => d.count ?? 1),
      verified: facts.livestock.reduce((s, l) => s + l.count, 0),
      verifiedBy: `AGENCY:${ENGINE_AGENCY.agriculture}`,
    });
  }
  if (visit) {
    checks.push({
      field: "LIVESTOCK_HEADS",
      declared: sum("LIVESTOCK", (d) => d.count ?? 1),
      verified: visit.livestockHeads,
      verifiedBy: "INSPECTION",
    });
  }
  return checks;
}
