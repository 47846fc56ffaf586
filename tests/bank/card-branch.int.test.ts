import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { createPrismaClient, type Db } from "@/server/db/create-client";
import { cardBranchNotice } from "@/server/services/bank/card-branch-notice";
import { chooseCardBranch } from "@/server/services/bank/choose-card-branch";
import { orderBankAccount } from "@/server/services/bank/order-bank-account";
import { startBankSim, type BankSim } from "../../tools/fakes/bank-sim";
import { migratedDatabase } from "../support/migrated-database";
import type { FreshDatabase } from "../support/fresh-database";
import { citizenSession, seedReference } from "../support/seed-reference";

// The card branch follows the family (issue 14): the order carries the family's district, the bank makes the card
// at its branch there (a Ganja family in Gəncə, not Sumqayıt), and the family may move it to another branch of the
// same bank until the card is made.

const API_KEY = "bank-api-key-for-branch-tests";
const SECRET = "bank-callback-secret-for-branch-tests";
let database: FreshDatabase;
let db: Db;
let sim: BankSim;
const now = new Date();
const api = (user: SessionUser) => createCaller({ db, user, now, authSecret: "x".repeat(32) });

beforeAll(async () => {
  database = await migratedDatabase("card_branch");
  db = createPrismaClient(database.url, 2);
  await seedReference(db);
  sim = await startBankSim({ port: 0, apiKey: API_KEY, callbackSecret: SECRET, answer: "sync" });
  Object.assign(process.env, {
    BANK_API_BASE_URL: sim.url,
    BANK_API_KEY: API_KEY,
    BANK_CALLBACK_SECRET: SECRET,
    APP_BASE_URL: "http://127.0.0.1:9",
    BANK_TIMEOUT_MS: "2000",
  });
}, 300_000);

afterAll(async () => {
  await sim?.stop();
  await db?.$disconnect();
  await database?.drop();
});

async function assignedIn(districtCode: string, fin: string) {
  const citizen = await citizenSession(db, fin);
  const application = await db.application.create({
    data: {
      applicantId: citizen.id,
      status: "ASSIGNED",
      districtCode,
      address: "Cavadxan küç. 3, mənzil 9",
      registrationNumber: `VEM-2026-8${fin.slice(-5)}`,
      applicationDate: new Date("2026-03-02T00:00:00Z"),
      contactPhone: "+994501234567",
      members: {
        create: {
          fin,
          firstName: "Aynur",
          lastName: "Məmmədova",
          birthDate: new Date("1988-05-14T00:00:00Z"),
          relation: "APPLICANT",
        },
      },
    },
  });
  const decision = await db.decision.create({
    data: {
      applicationId: application.id,
      outcome: "ASSIGN",
      amountQepik: 24_000,
      periodFrom: new Date("2026-03-01T00:00:00Z"),
      periodTo: new Date("2027-02-28T00:00:00Z"),
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
  return { citizen, application, decision };
}

describe("the card branch", () => {
  it("is the bank's branch in the family's district, and the family may move it until the card is made", async () => {
    const family = await assignedIn("GANJA", "1GANJA1");
    const opened = await orderBankAccount(db, { decisionId: family.decision.id });
    expect(opened.status).toBe("OPENED");
    const order = await db.bankAccountOrder.findFirstOrThrow({ where: { decisionId: family.decision.id } });
    // The bank's Russian and English names are kept beside its own, for families reading vemtas in those languages.
    expect(order).toMatchObject({
      branchName: "Gəncə filialı",
      branchNameRu: "Гянджинский филиал",
      branchNameEn: "Ganja branch",
    });

    // Another citizen sees nothing of it, and cannot move it.
    const stranger = await citizenSession(db, "2STRANG");
    await expect(api(stranger).changes.cardBranches({ applicationId: family.application.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      api(stranger).changes.chooseCardBranch({ applicationId: family.application.id, branchCode: "SKI-01" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const offer = await api(family.citizen).changes.cardBranches({ applicationId: family.application.id });
    expect(offer?.current).toMatchObject({ name: "Gəncə filialı", nameRu: "Гянджинский филиал" });
    expect(offer?.branches?.find((b) => b.code === "SKI-01")).toMatchObject({
      name: "Şəki filialı",
      nameRu: "Шекинский филиал",
      nameEn: "Shaki branch",
    });
    await expect(
      api(family.citizen).changes.chooseCardBranch({ applicationId: family.application.id, branchCode: "NOPE-1" }),
    ).rejects.toMatchObject({ message: "cardBranchUnknown" });
    // The branch the card is at is not offered again, and choosing it anyway moves nothing and tells no one.
    const ganja = offer?.branches?.find((b) => b.name === "Gəncə filialı");
    expect(ganja).toBeUndefined();
    await expect(
      api(family.citizen).changes.chooseCardBranch({ applicationId: family.application.id, branchCode: "GNC-01" }),
    ).rejects.toMatchObject({ message: "cardBranchSame" });
    expect(await db.bankAccountOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      branchName: "Gəncə filialı",
      branchChanges: 0,
    });

    // The service as the router calls it, with the announcement kept here instead of sent to the engine.
    const announced: [string, string, number][] = [];
    const moved = await chooseCardBranch(
      db,
      family.citizen,
      { applicationId: family.application.id, branchCode: "SKI-01" },
      now,
      { announce: async (...args) => void announced.push(args) },
    );
    expect(moved.branchName).toBe("Şəki filialı");
    const after = await db.bankAccountOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({
      branchName: "Şəki filialı",
      branchNameRu: "Шекинский филиал",
      branchNameEn: "Shaki branch",
      accountMasked: order.accountMasked,
    });
    const audited = await db.auditLog.findMany({
      where: { action: "bank.chooseBranch", entityId: order.id, actorUserId: family.citizen.id },
    });
    expect(audited.map((row) => row.details)).toEqual([
      {
        branchCode: "SKI-01",
        branch: { nameAz: "Şəki filialı", nameRu: "Шекинский филиал", nameEn: "Shaki branch" },
        branchAddress: after.branchAddress,
        cardPickupDate: moved.cardPickupDate,
        // The branch it left, for the family's timeline (build-timeline.ts), since the order row is overwritten.
        previousBranch: {
          nameAz: "Gəncə filialı",
          nameRu: "Гянджинский филиал",
          nameEn: "Ganja branch",
          address: order.branchAddress,
          cardPickupDate: order.cardPickupDate?.toISOString().slice(0, 10),
        },
      },
    ]);
    // The family's timeline keeps the branch the card was first at and adds the move, each on its own day, instead
    // of rewriting the first entry.
    const timeline = await api(family.citizen).application.timeline({
      applicationId: family.application.id,
      locale: "ru",
    });
    const cardEvents = timeline.events.filter((e) => e.kind === "BANK_CARD" || e.kind === "BANK_CARD_MOVED");
    expect(cardEvents).toMatchObject([
      { kind: "BANK_CARD", branchName: "Гянджинский филиал", branchAddress: order.branchAddress },
      {
        kind: "BANK_CARD_MOVED",
        branchName: "Шекинский филиал",
        branchAddress: after.branchAddress,
        cardPickupDate: moved.cardPickupDate,
      },
    ]);
    // The family is told the new place by its channel too: `tell-card-branch` is started for the move (one event id
    // per move), and its notice carries the new branch and day.
    expect(await cardBranchNotice(db, order.id, 1)).toMatchObject({
      branchName: "Şəki filialı",
      branchNameRu: "Шекинский филиал",
      cardPickupDate: moved.cardPickupDate,
      branchChange: 1,
    });
    expect(announced).toEqual([[family.application.id, order.id, 1]]);

    // Once the bank has made the card, the branch stays.
    const made = await fetch(`${sim.url}/__control/orders/${order.bankReference}/card-made`, { method: "POST" });
    expect(made.status).toBe(200);
    await expect(
      api(family.citizen).changes.chooseCardBranch({ applicationId: family.application.id, branchCode: "GNC-01" }),
    ).rejects.toMatchObject({ message: "cardAlreadyMade" });
    expect((await db.bankAccountOrder.findUniqueOrThrow({ where: { id: order.id } })).branchName).toBe("Şəki filialı");
  });

  it("is the region's main branch for a district without one, and there is nothing to choose without an opened account", async () => {
    const family = await assignedIn("DASHKASAN", "3DASHK1");
    expect(await api(family.citizen).changes.cardBranches({ applicationId: family.application.id })).toBeNull();
    await expect(
      api(family.citizen).changes.chooseCardBranch({ applicationId: family.application.id, branchCode: "GNC-01" }),
    ).rejects.toMatchObject({ message: "cardBranchNotChangeable" });
    await orderBankAccount(db, { decisionId: family.decision.id });
    expect((await db.bankAccountOrder.findFirstOrThrow({ where: { decisionId: family.decision.id } })).branchName).toBe(
      "Gəncə filialı",
    );
  });
});
