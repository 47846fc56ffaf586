// A demo family of the agency simulator applying through the citizens' procedures, and its home visit recorded
// through the inspector's, exactly as the wizard and the tablet send them. Used by the embedded load test and by
// the demo cases of `npm start`.
import { z } from "zod";
import type { InspectionResult } from "@/lib/inspection/inspection-result";
import type { Session } from "./http-session";
import { trpcData, trpcResult } from "./http-session";

/** A family as the simulator's `/demo-families` lists it (tools/agency-sim/demo-families.ts). */
export const zDemoFamilyAnswer = z.object({
  districtCode: z.string(),
  inspectors: z.array(z.string()),
  address: z.string(),
  representativeFin: z.string(),
  expected: z.object({ outcome: z.string() }),
  members: z.array(
    z.object({
      fin: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      patronymic: z.string().nullable().optional(),
      birthDate: z.string(),
      relation: z.string(),
    }),
  ),
  suggestedDeclaration: z.object({
    declaredFacts: z.array(
      z.object({ memberFin: z.string(), facts: z.object({ caresFor: z.array(z.object({ fin: z.string() })) }) }),
    ),
    assets: z.array(z.object({ kind: z.string(), details: z.record(z.string(), z.unknown()) })),
  }),
});
export type DemoFamilyAnswer = z.infer<typeof zDemoFamilyAnswer>;

/** The simulator's demo families of one expected outcome (at most 50), in its order. */
export async function fetchDemoFamilies(
  agencies: string,
  expect: "assign" | "refuse" | "review",
): Promise<DemoFamilyAnswer[]> {
  const res = await fetch(`${agencies}/demo-families?expect=${expect}&limit=50`);
  if (!res.ok) throw new Error(`demo families (${expect}): HTTP ${res.status}`);
  return z.object({ families: z.array(zDemoFamilyAnswer) }).parse(await res.json()).families;
}

/** The wizard's draft for a demo family, entered exactly as the registers know it (as e2e/support/chain.ts types it). */
export function draftOf(family: DemoFamilyAnswer, phone: string) {
  const [rep, ...others] = family.members;
  if (!rep || rep.fin !== family.representativeFin) throw new Error("the representative is not the first member");
  const d = family.suggestedDeclaration;
  return {
    step: 5,
    contact: {
      firstName: rep.firstName,
      lastName: rep.lastName,
      patronymic: rep.patronymic ?? "",
      birthDate: rep.birthDate,
      phone,
      email: "",
      preferredChannel: "SMS",
    },
    address: { districtCode: family.districtCode, address: family.address },
    members: others.map((m, i) => ({
      key: `m${i}`,
      fin: m.fin,
      firstName: m.firstName,
      lastName: m.lastName,
      patronymic: m.patronymic ?? "",
      birthDate: m.birthDate,
      relation: m.relation,
    })),
    declarations: {
      incomes: [],
      assets: d.assets.map((a, i) => ({
        key: `a${i}`,
        kind: a.kind,
        description:
          a.kind === "VEHICLE"
            ? String(a.details.plate)
            : a.kind === "REAL_ESTATE"
              ? String(a.details.address)
              : a.kind,
        quantity:
          a.kind === "LAND" ? Number(a.details.areaM2) : a.kind === "LIVESTOCK" ? Number(a.details.count) : null,
        valueQepik: null,
      })),
      notWorking: d.declaredFacts.flatMap((f) =>
        f.facts.caresFor[0]
          ? [{ memberFin: f.memberFin, reason: "CARES_FOR_MEMBER", caresForFin: f.facts.caresFor[0].fin }]
          : [],
      ),
    },
    consent: { agreed: true },
  };
}

export type Applied = { ok: true; applicationId: string; registrationNumber: string } | { ok: false; why: string };

/**
 * The family (signed in as `session`) starts an application, saves the whole draft and submits it. A refusal (4xx:
 * the family already holds an application, say) comes back as `ok: false` with the answer.
 */
export async function applyAsFamily(session: Session, family: DemoFamilyAnswer, phone: string): Promise<Applied> {
  const started = await trpcResult(
    session.trpcMutation("application.start", { locale: "az", districtCode: family.districtCode }),
  );
  if (!started.ok) return { ok: false, why: `application.start: HTTP ${started.status} ${started.text}` };
  const applicationId = z.object({ id: z.string() }).parse(started.json).id;
  const saved = await trpcResult(
    session.trpcMutation("application.saveDraft", { applicationId, expectedVersion: 0, draft: draftOf(family, phone) }),
  );
  if (!saved.ok) return { ok: false, why: `application.saveDraft: HTTP ${saved.status} ${saved.text}` };
  const { version } = z.object({ version: z.number() }).parse(saved.json);
  const submitted = await trpcResult(
    session.trpcMutation("application.submit", { applicationId, expectedVersion: version, locale: "az" }),
  );
  if (!submitted.ok) return { ok: false, why: `application.submit: HTTP ${submitted.status} ${submitted.text}` };
  const { registrationNumber } = z.object({ registrationNumber: z.string() }).parse(submitted.json);
  return { ok: true, applicationId, registrationNumber };
}

const zPacket = z.object({
  visits: z.array(
    z.object({ inspectionId: z.string(), status: z.string(), registrationNumber: z.string().nullable() }),
  ),
});

/** The inspector's booked visits (`inspection.packet`): registration number → inspection id. */
export async function bookedVisits(inspector: Session): Promise<Map<string, string>> {
  const packet = await trpcData(inspector.trpcQuery("inspection.packet", undefined), zPacket, "inspection.packet");
  return new Map(
    packet.visits
      .filter((v) => v.status === "SCHEDULED" && v.registrationNumber !== null)
      .map((v) => [v.registrationNumber ?? "", v.inspectionId]),
  );
}

/** Records a home visit as the tablet sends it: a satisfactory flat, nothing beyond what the registers hold. */
export async function recordVisit(inspector: Session, inspectionId: string, visitedOn: string): Promise<void> {
  const result: InspectionResult = {
    version: 1,
    visitedOn,
    housing: { type: "APARTMENT", condition: "SATISFACTORY", rooms: 3 },
    meters: [],
    landAreaSqm: 0,
    livestock: [],
    vehicles: [],
    largePurchases: [],
    membersPresent: [],
    notes: "",
    judgement: null,
  };
  await trpcData(
    inspector.trpcMutation("inspection.record", { inspectionId, result }),
    z.unknown(),
    "inspection.record",
  );
}

/** The engine's runs waiting for a visit already recorded are moved on, as the real wait's timeout would. */
export async function unstickRecordedVisits(inngest: string, recorded: ReadonlySet<string>): Promise<void> {
  const res = await fetch(`${inngest}/admin/runs?status=running&limit=1000`);
  if (!res.ok) return;
  const zRuns = z.object({
    runs: z.array(
      z.object({
        id: z.string(),
        event: z.object({ data: z.object({ applicationId: z.string().optional() }).optional() }).optional(),
        steps: z.array(z.object({ name: z.string().nullable(), status: z.string() })),
      }),
    ),
  });
  for (const run of zRuns.parse(await res.json()).runs) {
    const waiting = run.steps.find((s) => s.status === "waiting")?.name ?? "";
    if (waiting.startsWith("wait-inspection-") && recorded.has(run.event?.data?.applicationId ?? ""))
      await fetch(`${inngest}/admin/runs/${run.id}/fast-forward`, { method: "POST" });
  }
}

/** The statuses of the signed-in family's applications (`application.list`), by id. */
export async function familyStatuses(session: Session): Promise<Map<string, string>> {
  const { rows } = await trpcData(
    session.trpcQuery("application.list", undefined),
    z.object({ rows: z.array(z.object({ id: z.string(), status: z.string() })) }),
    "application.list",
  );
  return new Map(rows.map((r) => [r.id, r.status]));
}
