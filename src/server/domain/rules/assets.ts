import { LEGAL } from "../legal-references";
import type { RealEstatePurpose } from "@/kernel/input-enums";
import { draft, type ReasonDraft } from "../reasons";
import { isCountedMember } from "./family-composition";
import { resultOf, ruleOutput, type RuleContext, type RuleOutput } from "../rule-context";

/**
 * Whether an asset is the family's: one held by a person the law does not count in the family (living abroad,
 * serving a sentence, in full state care…) is theirs, not the family's. An asset with no holder named (the
 * inspector saw it in the home) is the family's.
 */
function heldByFamily(holderFin: string | undefined, ctx: RuleContext): boolean {
  return holderFin === undefined || !ctx.input.members.some((m) => m.fin === holderFin && !isCountedMember(m));
}

/**
 * Refusal ground 4: the family owns or uses a motor vehicle; vehicles the state provided for rehabilitation are
 * excepted (dsmf.gov.az refusal grounds). An excluded person's car does not refuse the family; if a counted member
 * drives it, the registry or the inspector reports that member's use (relation USES), which does.
 */
export function motorVehicle(ctx: RuleContext): RuleOutput {
  const reasons: ReasonDraft[] = ctx.input.vehicles
    .filter((v) => !v.stateRehabilitationVehicle && heldByFamily(v.holderFin, ctx))
    .map((v) => draft("MOTOR_VEHICLE", { registration: v.registration, relation: v.relation }, [v.source]));
  return ruleOutput("MOTOR_VEHICLE", resultOf(reasons, "REFUSAL"), LEGAL.REFUSAL_GROUNDS, reasons);
}

/**
 * Addresses are compared after trimming, folding case and collapsing spaces and punctuation *(design)*; the
 * property registry's own address is expected, so spelling differences should not arise.
 */
export function normalizeAddress(address: string): string {
  return address
    .toLocaleLowerCase("az")
    .replace(/[.,;:"'«»()\-–/\\#№]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Refusal ground 7: the family owns two or more real-estate objects of the same purpose at different addresses
 * (dsmf.gov.az refusal grounds). Several objects at one address (a flat and its storeroom) do not count twice, and
 * an excluded person's property is not the family's.
 */
export function realEstateSamePurpose(ctx: RuleContext): RuleOutput {
  const owned = ctx.input.realEstate.filter((o) => heldByFamily(o.ownerFin, ctx));
  const byPurpose = new Map<RealEstatePurpose, { addresses: Set<string>; objectIds: string[]; sources: Set<string> }>();
  for (const object of owned) {
    const entry = byPurpose.get(object.purpose) ?? {
      addresses: new Set<string>(),
      objectIds: [],
      sources: new Set<string>(),
    };
    entry.addresses.add(normalizeAddress(object.address));
    entry.objectIds.push(object.objectId);
    entry.sources.add(object.source);
    byPurpose.set(object.purpose, entry);
  }
  const reasons: ReasonDraft[] = [];
  for (const [purpose, entry] of byPurpose) {
    if (entry.addresses.size < 2) continue;
    const objects = owned.filter((o) => o.purpose === purpose);
    reasons.push(
      draft(
        "MULTIPLE_REAL_ESTATE_SAME_PURPOSE",
        { purpose, addressCount: entry.addresses.size, objectIds: [...entry.objectIds].sort().join(",") },
        objects.map((o) => o.source),
      ),
    );
  }
  return ruleOutput("REAL_ESTATE_SAME_PURPOSE", resultOf(reasons, "REFUSAL"), LEGAL.REFUSAL_GROUNDS, reasons);
}
