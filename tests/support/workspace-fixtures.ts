import type { Db } from "@/server/db/create-client";

// What the background chain writes when it asks the agencies, written directly: the vehicle registry answered
// for every member (one car for the applicant, which the family did not declare) and the disability commission
// did not answer for the child (timed out).

export async function withAgencyAnswers(
  db: Db,
  opts: { applicationId: string; applicantFin: string; childFin: string; askedAt: Date },
) {
  const header = (fin: string) => ({ fin, periodFrom: "2025-01-01", periodTo: "2025-12-31" });
  const vehicles = (fin: string, cars: number) => ({
    kind: "OK",
    reply: {
      ...header(fin),
      vehicles: Array.from({ length: cars }, () => ({
        plate: "10-AB-123",
        make: "Lada",
        year: 2008,
        relation: "OWNER",
        rehabilitation: false,
        registeredOn: "2019-04-02",
      })),
      registrations: [],
    },
  });
  const request = (agency: string, memberFin: string, outcome: "OK" | "TIMEOUT") => ({
    applicationId: opts.applicationId,
    agency,
    memberFin,
    purpose: "eligibility",
    requestedBy: "test",
    startedAt: opts.askedAt,
    durationMs: outcome === "OK" ? 120 : 8000,
    outcome,
  });
  await db.agencyRequest.createMany({
    data: [
      request("vehicles", opts.applicantFin, "OK"),
      request("vehicles", opts.childFin, "OK"),
      request("disability", opts.childFin, "TIMEOUT"),
    ],
  });
  await db.agencyResult.createMany({
    data: [
      {
        applicationId: opts.applicationId,
        agency: "vehicles",
        memberFin: opts.applicantFin,
        available: true,
        data: vehicles(opts.applicantFin, 1),
        fetchedAt: opts.askedAt,
      },
      {
        applicationId: opts.applicationId,
        agency: "vehicles",
        memberFin: opts.childFin,
        available: true,
        data: vehicles(opts.childFin, 0),
        fetchedAt: opts.askedAt,
      },
      {
        applicationId: opts.applicationId,
        agency: "disability",
        memberFin: opts.childFin,
        available: false,
        data: { kind: "UNAVAILABLE", outcome: "TIMEOUT", detail: null },
        fetchedAt: opts.askedAt,
      },
    ],
  });
}
