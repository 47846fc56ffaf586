// The demo cases of `npm start` (not in production): on a system no one has applied to yet, four demo families of
// the agency simulator in Nəsimi apply through the citizens' procedures, and the district's inspectors record three
// of the home visits through theirs, so that the staff console, the reports and the inspector's tablet show work as
// soon as a person signs in: one family assigned (card account ordered, months planned), one refused, one in the
// caseworkers' review queue, and one visit still to be made on an inspector's tablet. All through the real chain.
// The families are the last of the simulator's Nəsimi picks, so the ones the README's `curl` shows stay free.
import pg from "pg";
import { bakuDate } from "@/kernel/calendar-date";
import {
  applyAsFamily,
  bookedVisits,
  familyStatuses,
  fetchDemoFamilies,
  recordVisit,
  unstickRecordedVisits,
  type DemoFamilyAnswer,
} from "./demo-application";
import { citizenSession, describeError, staffSession, until, type Session } from "./http-session";

export interface DemoCaseUrls {
  database: string;
  app: string;
  messaging: string;
  agencies: string;
  inngest: string;
}

const DISTRICT = "BAK-NASIMI";
/** Where the engine's work on a case ends: decided, or handed to a person. */
const SETTLED = ["ASSIGNED", "REFUSED", "AWAITING_REVIEW"];

interface DemoCase {
  label: string;
  family: DemoFamilyAnswer;
  /** False for the visit left to the inspector's tablet. */
  recordVisit: boolean;
}

async function pickCases(agencies: string): Promise<DemoCase[]> {
  const last = async (expect: "assign" | "refuse" | "review", n: number) => {
    const picked = (await fetchDemoFamilies(agencies, expect)).filter((f) => f.districtCode === DISTRICT).slice(-n);
    if (picked.length < n) throw new Error(`the simulator has too few "${expect}" families in ${DISTRICT}`);
    return picked;
  };
  const [[toVisit, assigned], [refused], [review]] = await Promise.all([
    last("assign", 2),
    last("refuse", 1),
    last("review", 1),
  ]);
  if (!toVisit || !assigned || !refused || !review) throw new Error("no demo families");
  return [
    { label: "assigned", family: assigned, recordVisit: true },
    { label: "refused", family: refused, recordVisit: true },
    { label: "awaiting review", family: review, recordVisit: true },
    { label: "home visit to make", family: toVisit, recordVisit: false },
  ];
}

/** A demo family's own phone: fixed per family, so a restart finds the same person. */
const phoneOf = (i: number) => `+99450${String(9_000_000 + i).padStart(7, "0")}`;

/** Whether anyone has applied yet: demo cases go only into a system with no application in it. */
async function holdsApplications(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Application") AS "any"`);
    return rows[0]?.any === true;
  } finally {
    await client.end();
  }
}

/**
 * On a system no one has applied to yet, applies the demo cases and records their visits; resolves once they have
 * settled. Never throws: the system runs without demo cases, and the reason is on the console.
 */
export async function runDemoCases(urls: DemoCaseUrls, log: (line: string) => void): Promise<void> {
  try {
    if (await holdsApplications(urls.database)) {
      log("[demo] the database already holds applications (an earlier start's, or yours): no demo cases added");
      return;
    }
    const cases = await pickCases(urls.agencies);
    const inspectors = new Map<string, Session>();
    const ours = new Map<string, { applicationId: string; demo: DemoCase; family: Session; phone: string }>();
    for (const [i, demo] of cases.entries()) {
      const phone = phoneOf(i);
      const family = await citizenSession(urls.app, urls.messaging, { fin: demo.family.representativeFin, phone });
      const applied = await applyAsFamily(family, demo.family, phone);
      if (!applied.ok) throw new Error(`the ${demo.label} family could not apply: ${applied.why}`);
      ours.set(applied.registrationNumber, { applicationId: applied.applicationId, demo, family, phone });
    }
    log(`[demo] ${ours.size} demo families of ${DISTRICT} applied; their cases are on their way through the chain`);
    for (const { demo } of ours.values())
      for (const email of demo.family.inspectors)
        if (!inspectors.has(email)) inspectors.set(email, await staffSession(urls.app, email));

    const recorded = new Set<string>();
    const settled = new Map<string, string>();
    const toRecord = [...ours.values()].filter((o) => o.demo.recordVisit);
    await until("the demo cases", 15 * 60_000, async () => {
      for (const inspector of inspectors.values())
        for (const [registrationNumber, inspectionId] of await bookedVisits(inspector)) {
          const mine = ours.get(registrationNumber);
          if (!mine?.demo.recordVisit || recorded.has(mine.applicationId)) continue;
          await recordVisit(inspector, inspectionId, bakuDate(new Date()));
          recorded.add(mine.applicationId);
        }
      await unstickRecordedVisits(urls.inngest, recorded);
      for (const { applicationId, family } of toRecord) {
        const status = (await familyStatuses(family)).get(applicationId) ?? "";
        if (SETTLED.includes(status)) settled.set(applicationId, status);
      }
      return settled.size === toRecord.length;
    });
    // Who has the visit left to make on the tablet.
    const visitor = new Map<string, string>();
    for (const [email, inspector] of inspectors)
      for (const number of (await bookedVisits(inspector)).keys()) visitor.set(number, email);
    // The family's FIN and number: a FIN's SMS codes go only to the number it first signed in with.
    const lines = [...ours].map(
      ([number, { applicationId, demo, phone }]) =>
        `  ${number}  ${demo.label.padEnd(19)} ${(settled.get(applicationId) ?? `booked for ${visitor.get(number) ?? "an inspector"}`).padEnd(34)} family: FIN ${demo.family.representativeFin}, ${phone}`,
    );
    log(`[demo] the demo cases of ${DISTRICT} are ready (caseworker.nasimi, inspector*.nasimi):\n${lines.join("\n")}`);
  } catch (error) {
    log(`[demo] no demo cases: ${describeError(error)}`);
  }
}
