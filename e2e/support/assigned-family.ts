import type { Page } from "@playwright/test";
import { addMonthsToYearMonth, lastDayOfMonth, type YearMonth } from "@/kernel/calendar-date";
import type { Db } from "@/server/db/create-client";
import type { EntitlementStatus } from "../../src/server/domain/payments/schedule";
import { signInCitizen } from "./sign-in-citizen";
import { uniqueCitizen } from "./unique-citizen";

// An assigned family written straight into the e2e server's database, as the chain and the payroll would leave it.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A Nəsimi family assigned 250 AZN a month over `months`, with each month's status given by `statusOf`. */
export async function assignedFamily(
  db: Db,
  page: Page | null,
  first: YearMonth,
  last: YearMonth,
  statusOf: (m: YearMonth) => EntitlementStatus,
) {
  const citizen = uniqueCitizen();
  // Signed in on `page`, or only written (for a staff test).
  if (page) await signInCitizen(page, { fin: citizen.fin, phone: citizen.phone, locale: "en" });
  const user = page
    ? await db.user.findUniqueOrThrow({ where: { fin: citizen.fin } })
    : await db.user.create({
        data: { role: "CITIZEN", fin: citizen.fin, name: "Aynur Məmmədova", phone: citizen.phone },
      });
  const childFin = uniqueCitizen().fin;
  const application = await db.application.create({
    data: {
      applicantId: user.id,
      status: "ASSIGNED",
      districtCode: "BAK-NASIMI",
      registrationNumber: `VEM-E2E-${citizen.fin}`,
      address: "Bakı, Füzuli küç. 12, mənzil 4",
      contactPhone: citizen.phone,
      locale: "en",
      submittedAt: day(`${first}-03`),
      applicationDate: day(`${first}-03`),
      decisionDueOn: day(`${first}-20`),
      members: {
        create: [
          {
            fin: citizen.fin,
            firstName: "Aynur",
            lastName: "Məmmədova",
            birthDate: day("1988-05-14"),
            relation: "APPLICANT",
            position: 0,
          },
          {
            fin: childFin,
            firstName: "Murad",
            lastName: "Məmmədov",
            birthDate: day("2016-09-01"),
            relation: "CHILD",
            position: 1,
          },
        ],
      },
    },
  });
  const decision = await db.decision.create({
    data: {
      applicationId: application.id,
      outcome: "ASSIGN",
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 5_000,
      amountQepik: 25_000,
      periodFrom: day(`${first}-01`),
      periodTo: day(lastDayOfMonth(last)),
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
  const months: YearMonth[] = [];
  for (let m = first; m <= last; m = addMonthsToYearMonth(m, 1)) months.push(m);
  await db.monthlyEntitlement.createMany({
    data: months.map((m, i) => ({
      applicationId: application.id,
      decisionId: decision.id,
      month: day(`${m}-01`),
      amountQepik: 25_000,
      status: statusOf(m),
      withdrawnAt: i === 0 ? day(`${m}-15`) : null,
    })),
  });
  return { application, decision, childFin, months };
}
