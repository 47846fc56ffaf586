import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { APPLICATIONS_PAGE_SIZE } from "@/server/services/applications/list-applications";
import { submittedApplication } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("search_applications");
const now = new Date("2026-03-04T09:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let caseworker: SessionUser;
let family: Awaited<ReturnType<typeof submittedApplication>>;
let sabunchuFamily: Awaited<ReturnType<typeof submittedApplication>>;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  family = await submittedApplication(db, {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-02",
    status: "AWAITING_REVIEW",
  });
  await db.user.update({ where: { id: family.application.applicantId }, data: { name: "Səbinə Qasımova" } });
  sabunchuFamily = await submittedApplication(db, {
    districtCode: "BAK-SABUNCHU",
    applicationDate: "2026-03-02",
    status: "AWAITING_REVIEW",
  });
});

const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

describe("staff search their district's applications", () => {
  it("by registration number, written in any case", async () => {
    const number = family.application.registrationNumber ?? "";
    expect(ids(await api(caseworker).application.list({ query: number.toLowerCase() }))).toEqual([
      family.application.id,
    ]);
  });

  it("by the FIN of anyone in the family, as a family calling the office gives it", async () => {
    for (const fin of family.fins)
      expect(ids(await api(caseworker).application.list({ query: ` ${fin.toLowerCase()} ` }))).toEqual([
        family.application.id,
      ]);
  });

  it("by part of the applicant's name, whatever the letter case", async () => {
    expect(ids(await api(caseworker).application.list({ query: "qasımova" }))).toEqual([family.application.id]);
  });

  it("by the applicant's names in either order", async () => {
    expect(ids(await api(caseworker).application.list({ query: "Qasımova  Səbinə" }))).toEqual([family.application.id]);
    expect(ids(await api(caseworker).application.list({ query: "səbinə qasımova" }))).toEqual([family.application.id]);
  });

  it("by a seven-letter surname that could be a FIN", async () => {
    const { db } = testDb.current();
    const babayev = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "AWAITING_REVIEW",
    });
    await db.user.update({ where: { id: babayev.application.applicantId }, data: { name: "Cavid Babayev" } });
    expect(ids(await api(caseworker).application.list({ query: "Babayev" }))).toEqual([babayev.application.id]);
    expect(ids(await api(caseworker).application.list({ query: "babayev cavid" }))).toEqual([babayev.application.id]);
  });

  it("by a name with Azerbaijani letters typed on a Latin keyboard, in any letter case", async () => {
    const { db } = testDb.current();
    const named = async (name: string) => {
      const made = await submittedApplication(db, {
        districtCode: "BAK-NASIMI",
        applicationDate: "2026-03-02",
        status: "AWAITING_REVIEW",
      });
      await db.user.update({ where: { id: made.application.applicantId }, data: { name } });
      return made.application.id;
    };
    const veliyev = await named("Elşən Vəliyev");
    const valiyev = await named("Elşən Valiyev");
    const sukurova = await named("GÜLNAR ŞÜKÜROVA");
    for (const query of ["Veliyev", "veliyev", "VƏLİYEV", "vəliyev elsen", "ELSEN VELIYEV"])
      expect(ids(await api(caseworker).application.list({ query })), query).toEqual([veliyev]);
    expect(ids(await api(caseworker).application.list({ query: "Elşən" })).sort()).toEqual([valiyev, veliyev].sort());
    for (const query of ["sukurova", "Gülnar Şükürova", "gulnar"])
      expect(ids(await api(caseworker).application.list({ query })), query).toEqual([sukurova]);
  });

  it("by the last digits of a registration number, at least four, as well as by the whole number in any case", async () => {
    const { db } = testDb.current();
    const { application } = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "AWAITING_REVIEW",
    });
    await db.application.update({ where: { id: application.id }, data: { registrationNumber: "VEM-2026-000003" } });
    for (const query of ["000003", "VEM-2026-000003", "vem-2026-000003", "Vem-2026-000003"])
      expect(ids(await api(caseworker).application.list({ query })), query).toEqual([application.id]);
    // Other numbers may end in 0003 too: the search lists them all.
    expect(ids(await api(caseworker).application.list({ query: "0003" }))).toContain(application.id);
    // Three digits are too few to be a number's end: they are looked for as a name.
    expect(ids(await api(caseworker).application.list({ query: "003" }))).toEqual([]);
  });

  it("never outside their district, even by an exact number or FIN", async () => {
    expect(
      ids(await api(caseworker).application.list({ query: sabunchuFamily.application.registrationNumber ?? "" })),
    ).toEqual([]);
    expect(ids(await api(caseworker).application.list({ query: sabunchuFamily.fins[0] ?? "" }))).toEqual([]);
    const { db } = testDb.current();
    await db.application.update({
      where: { id: sabunchuFamily.application.id },
      data: { registrationNumber: "VEM-2026-000004" },
    });
    expect(ids(await api(caseworker).application.list({ query: "000004" }))).toEqual([]);
  });

  it("by status", async () => {
    const page = await api(caseworker).application.list({ status: "AWAITING_REVIEW" });
    expect(page.rows.every((r) => r.status === "AWAITING_REVIEW")).toBe(true);
    expect(ids(page)).toContain(family.application.id);
    expect(ids(await api(caseworker).application.list({ status: "ASSIGNED" }))).not.toContain(family.application.id);
  });

  it("audits a search by its kind and the applications it showed, never by the FIN or name searched for", async () => {
    const { db } = testDb.current();
    const fin = family.fins[0] ?? "";
    await api(caseworker).application.list({ query: fin });
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "application.search", actorUserId: caseworker.id },
      orderBy: { at: "desc" },
    });
    // Which applications it showed (ids), so the audit log's search by number finds the search.
    expect(row.details).toEqual({ count: 1, by: "fin" });
    expect(row.shownApplicationIds).toEqual([family.application.id]);
    expect(JSON.stringify(row)).not.toContain(fin);
  });

  it("refuses a one-letter search, with its reason", async () => {
    await expect(api(caseworker).application.list({ query: "Q" })).rejects.toSatisfy(
      (e) =>
        e instanceof TRPCError && e.code === "BAD_REQUEST" && JSON.stringify(e.cause).includes("errors.searchTooShort"),
    );
  });

  it("pages through older applications without losing or repeating one", async () => {
    const { db } = testDb.current();
    for (let i = 0; i < APPLICATIONS_PAGE_SIZE + 3; i++)
      await submittedApplication(db, {
        districtCode: "BAK-NASIMI",
        applicationDate: "2026-03-03",
        status: "INSPECTION_SCHEDULED",
      });
    const all = await db.application.count({ where: { districtCode: "BAK-NASIMI" } });
    const seen: string[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await api(caseworker).application.list(before ? { before } : {});
      seen.push(...ids(page));
      if (!page.next) break;
      before = page.next;
    }
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
  });
});
