import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/create-client";
import { orderBankAccount } from "@/server/services/bank/order-bank-account";
import type { BankSim } from "../../tools/fakes/bank-sim";
import { bankTestbed } from "./bank-testbed";

// A renewal continues on the card account the representative already has (services/bank/reuse-card-account.ts):
// the family gets no second card and no second "collect your card" notice for the same payments.

const bank = bankTestbed("bank-renewal", 2_000);
const { assignedDecision, simOrders, pointAtBank } = bank;
let db: Db;
let syncSim: BankSim;
beforeAll(() => {
  ({ db, syncSim } = bank.current());
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The first assignment (period March 2026 – February 2027) with its card account opened by the bank. */
async function firstAssignmentWithCard() {
  const decision = await assignedDecision();
  await db.application.update({ where: { id: decision.applicationId }, data: { submittedAt: day("2026-03-02") } });
  const opened = await orderBankAccount(db, { decisionId: decision.id });
  expect(opened).toMatchObject({ status: "OPENED", reused: false });
  const application = await db.application.findUniqueOrThrow({
    where: { id: decision.applicationId },
    include: { members: true },
  });
  return {
    decision,
    application,
    order: await db.bankAccountOrder.findUniqueOrThrow({ where: { id: opened.orderId } }),
  };
}

let laterSeq = 0;

/** A later application of `applicantId` on `applicationDate`, assigned for the 12 months from its month. */
async function laterAssignment(applicantId: string, applicationDate: string, holderFin: string) {
  const month = applicationDate.slice(0, 7);
  const [y, m] = month.split("-").map(Number);
  const application = await db.application.create({
    data: {
      applicantId,
      status: "ASSIGNED",
      registrationNumber: `VEM-2027-8${String((laterSeq += 1)).padStart(5, "0")}`,
      submittedAt: day(applicationDate),
      applicationDate: day(applicationDate),
      contactPhone: "+994501234567",
      members: {
        create: {
          fin: holderFin,
          firstName: "Aynur",
          lastName: "Məmmədova",
          birthDate: day("1988-05-14"),
          relation: "APPLICANT",
        },
      },
    },
  });
  return db.decision.create({
    data: {
      applicationId: application.id,
      outcome: "ASSIGN",
      amountQepik: 26_000,
      periodFrom: day(`${month}-01`),
      periodTo: new Date(Date.UTC(y! + 1, m! - 1, 0)),
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
}

describe("a renewal's card account", () => {
  it("continues on the representative's account while the earlier assignment runs, asking the bank nothing", async () => {
    pointAtBank(syncSim);
    const first = await firstAssignmentWithCard();
    const requests = (await simOrders(syncSim)).requests;

    // Applied in the renewal window (the last three months of the period).
    const renewal = await laterAssignment(
      first.application.applicantId,
      "2027-01-15",
      first.application.members[0]!.fin,
    );
    const summary = await orderBankAccount(db, { decisionId: renewal.id });
    expect(summary).toMatchObject({
      status: "OPENED",
      reused: true,
      accountMasked: first.order.accountMasked,
      branchName: first.order.branchName,
    });
    const row = await db.bankAccountOrder.findUniqueOrThrow({ where: { id: summary.orderId } });
    // The payroll pays to the bank's reference of the opened order: the same account.
    expect(row).toMatchObject({ bankReference: first.order.bankReference, reusedFromId: first.order.id, round: 1 });
    expect((await simOrders(syncSim)).requests).toBe(requests);

    // The step run again finds its row: still one order, still nothing sent.
    expect(await orderBankAccount(db, { decisionId: renewal.id })).toMatchObject({ orderId: summary.orderId });
    expect(await db.bankAccountOrder.count({ where: { decisionId: renewal.id } })).toBe(1);
    expect((await simOrders(syncSim)).requests).toBe(requests);
  });

  it("orders a new account when the earlier period had ended by the application date", async () => {
    pointAtBank(syncSim);
    const first = await firstAssignmentWithCard();
    const requests = (await simOrders(syncSim)).requests;
    const later = await laterAssignment(first.application.applicantId, "2027-03-05", first.application.members[0]!.fin);
    const summary = await orderBankAccount(db, { decisionId: later.id });
    expect(summary).toMatchObject({ status: "OPENED", reused: false });
    expect(summary.orderId).not.toBe(first.order.id);
    expect((await simOrders(syncSim)).requests).toBe(requests + 1);
  });

  it("orders a new account when a later decision ended the earlier assignment", async () => {
    pointAtBank(syncSim);
    const first = await firstAssignmentWithCard();
    await db.decision.create({
      data: {
        applicationId: first.application.id,
        outcome: "REFUSE",
        effectiveFrom: day("2026-11-01"),
        reasons: [],
        rulesChecked: [],
        decidedBy: "SYSTEM",
        final: true,
      },
    });
    const requests = (await simOrders(syncSim)).requests;
    const later = await laterAssignment(first.application.applicantId, "2027-01-15", first.application.members[0]!.fin);
    expect(await orderBankAccount(db, { decisionId: later.id })).toMatchObject({ status: "OPENED", reused: false });
    expect((await simOrders(syncSim)).requests).toBe(requests + 1);
  });

  it("orders an account in the new applicant's name when another member applies", async () => {
    pointAtBank(syncSim);
    const first = await firstAssignmentWithCard();
    const spouse = await db.user.create({
      data: { role: "CITIZEN", name: "Spouse", fin: `S${first.application.members[0]!.fin.slice(1)}` },
    });
    const requests = (await simOrders(syncSim)).requests;
    const later = await laterAssignment(spouse.id, "2027-01-15", spouse.fin!);
    expect(await orderBankAccount(db, { decisionId: later.id })).toMatchObject({ status: "OPENED", reused: false });
    expect((await simOrders(syncSim)).requests).toBe(requests + 1);
  });
});
