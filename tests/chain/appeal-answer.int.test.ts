import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { staffSession } from "../support/seed-reference";
import { driveUntilSettled, eventually, runningRuns, unstickRun } from "./chain-actors";
import { chainPerFile } from "./chain-per-file";

// The appeal's answer through the background chain: a family refused by the real chain appeals, the supervisor
// changes the decision to an assignment, and `answer-appeal` tells the family once and orders one card account,
// with the messaging provider and the bank failing at first and the event sent more than once.

const { db, chain } = chainPerFile("chain_appeal");

/** The `nth` family the simulator refuses, refused by the chain(), with its appeal filed by the representative. */
async function refusedAndAppealed(nth: number, seq: number) {
  const family = (await chain().demoFamilies("refuse", nth))[nth - 1];
  const id = await chain().submit(db(), family!, seq);
  expect((await driveUntilSettled(db(), chain(), [id], { timeoutMs: 60_000 })).get(id)).toBe("REFUSED");
  const app = await db().application.findUniqueOrThrow({ where: { id }, include: { applicant: true } });
  const citizen: SessionUser = {
    id: app.applicantId,
    role: "CITIZEN",
    name: app.applicant.name,
    districtCode: null,
    fin: app.applicant.fin,
  };
  const { fileAppeal } = await import("@/server/services/applications/file-appeal");
  const appeal = await fileAppeal(
    db(),
    citizen,
    // Written in Russian, whatever language the family applied in: the answer is sent in Russian.
    { applicationId: id, reason: "The car in the registry was sold two years ago.", locale: "ru" },
    new Date(),
  );
  const row = await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } });
  const supervisor = await db().user.findUniqueOrThrow({ where: { id: row.supervisorId! } });
  return { app, appealId: appeal.id, supervisor: await staffSession(db(), supervisor.email!) };
}

describe("answer-appeal", () => {
  it("a refusal changed to an assignment: one answer message, one bank order, one card pickup notice, despite retries and repeats", async () => {
    const { app, appealId, supervisor } = await refusedAndAppealed(1, 11);
    expect(app.locale).not.toBe("ru");
    const channel = app.preferredChannel === "EMAIL" ? "email" : "sms";
    // The provider fails the next two sends (the step is retried), and the bank answers 503 twice (same key).
    await fetch(`${chain().messaging.url}/api/fail`, {
      method: "POST",
      body: JSON.stringify({ channel, count: 2, mode: "transient" }),
    });
    await fetch(`${chain().bank.url}/__control/fail-next`, {
      method: "POST",
      body: JSON.stringify({ count: 2, status: 503 }),
    });

    const { answerAppeal } = await import("@/server/services/appeals/answer-appeal");
    const { announceAppealAnswer } = await import("@/server/services/appeals/announce-appeal-answer");
    // Income corrected to nothing: whatever ground the engine refused on, the amount is N × C.
    const answered = await answerAppeal(
      db(),
      supervisor,
      {
        appealId,
        answer: "CHANGE",
        correctedIncomeQepik: 0,
        explanation: "The vehicle was sold; the registry is out of date.",
      },
      new Date(),
      { announce: announceAppealAnswer },
    );
    expect(answered.outcome).toBe("ASSIGN");
    // The same event again, and a stray one with another id: one run per appeal.
    await announceAppealAnswer(app.id, appealId);
    const { inngest } = await import("@/inngest/client");
    await inngest.send({
      name: "appeal/answered",
      data: { applicationId: app.id, appealId },
      id: `appeal-answered-${appealId}-again`,
    });

    const pickup = await eventually(
      chain(),
      "the card pickup notice",
      async () => {
        await unstickRun(db(), chain(), app.id);
        return db().notification.findFirst({
          where: { applicationId: app.id, kind: "BANK_CARD_PICKUP", status: "SENT" },
        });
      },
      60_000,
    );
    expect(pickup.dedupeKey).toBe(`${app.id}:BANK_CARD_PICKUP:${answered.decisionId}`);
    await eventually(chain(), "the run to end", async () => !(await runningRuns(chain())).has(app.id));

    const answers = await db().notification.findMany({ where: { applicationId: app.id, kind: "APPEAL_ANSWER" } });
    expect(answers.map((n) => [n.dedupeKey, n.status, n.locale])).toEqual([
      [`${app.id}:APPEAL_ANSWER:${appealId}`, "SENT", "ru"],
    ]);
    expect(
      await db().bankAccountOrder.findMany({
        where: { applicationId: app.id },
        select: { decisionId: true, status: true },
      }),
    ).toEqual([{ decisionId: answered.decisionId, status: "OPENED" }]);
    expect(await db().notification.count({ where: { applicationId: app.id, kind: "BANK_CARD_PICKUP" } })).toBe(1);
    const recipient = app.preferredChannel === "EMAIL" ? app.contactEmail! : app.contactPhone!;
    const inbox = chain().messaging.store.list(recipient);
    // Registration, visit date, refusal, the answer, the card: each once.
    expect(inbox).toHaveLength(5);
    const runs = (await (await fetch(new URL("/admin/runs?limit=100", chain().engine.url))).json()) as {
      runs: { event: { data: { appealId?: string } } }[];
    };
    expect(runs.runs.filter((r) => r.event.data.appealId === appealId)).toHaveLength(1);

    // The family moves within its district. The engine, reassessing, refuses again on the ground the supervisor
    // judged otherwise; it does not overturn the supervisor alone: the change goes to a person.
    const { reportChange } = await import("@/server/services/changes/report-change");
    const { announceChangeReport } = await import("@/server/services/changes/announce-change");
    const citizen = await db().user.findUniqueOrThrow({ where: { id: app.applicantId } });
    const { bakuDate } = await import("@/kernel/calendar-date");
    const report = await reportChange(
      db(),
      { id: citizen.id, role: "CITIZEN", name: citizen.name, districtCode: null, fin: citizen.fin },
      {
        applicationId: app.id,
        changedOn: bakuDate(new Date()),
        change: { kind: "MOVED", districtCode: app.districtCode!, address: "Bakı, Nizami küç. 7, mənzil 3" },
      },
      new Date(),
      { announce: announceChangeReport },
    );
    const reviewed = await eventually(
      chain(),
      "the reassessment",
      async () => {
        const row = await db().changeReport.findUniqueOrThrow({ where: { id: report.id } });
        return row.status === "REASSESSING" || row.status === "RECEIVED" ? null : row;
      },
      60_000,
    );
    expect(reviewed.status).toBe("IN_REVIEW");
    const proposal = await db().decision.findUniqueOrThrow({ where: { id: reviewed.proposalId! } });
    expect(proposal).toMatchObject({ outcome: "REVIEW", proposedOutcome: "REFUSE", final: false });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("ASSIGNED");
    // The proposal carries what the assistance would pay if it went on (the engine's own figure on a refusal is 0),
    // and the supervisor's "go on" goes on at it: before, it ended the assistance under an answer that said it went on.
    expect(proposal.amountQepik).toBeGreaterThan(0);
    const { decideChangeReport } = await import("@/server/services/changes/decide-change-report");
    const goOn = await decideChangeReport(
      db(),
      supervisor,
      { reportId: report.id, outcome: "ASSIGN", reason: "The illness the appeal accepted still keeps him from work." },
      new Date(),
      { announce: async () => undefined },
    );
    expect(
      await db().decision.findUniqueOrThrow({
        where: { id: goOn.decisionId! },
        select: { outcome: true, amountQepik: true, final: true },
      }),
    ).toEqual({ outcome: "ASSIGN", amountQepik: proposal.amountQepik, final: true });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("ASSIGNED");
  }, 180_000);

  it("an upheld refusal: one answer message, and no bank order", async () => {
    const { app, appealId, supervisor } = await refusedAndAppealed(2, 12);
    const { answerAppeal } = await import("@/server/services/appeals/answer-appeal");
    const { announceAppealAnswer } = await import("@/server/services/appeals/announce-appeal-answer");
    await answerAppeal(
      db(),
      supervisor,
      {
        appealId,
        answer: "UPHOLD",
        correctedIncomeQepik: null,
        explanation: "The registry and the visit both show the car in use.",
      },
      new Date(),
      { announce: announceAppealAnswer },
    );
    const sent = await eventually(
      chain(),
      "the answer message",
      () => db().notification.findFirst({ where: { applicationId: app.id, kind: "APPEAL_ANSWER", status: "SENT" } }),
      60_000,
    );
    await eventually(chain(), "the run to end", async () => !(await runningRuns(chain())).has(app.id));
    expect(sent.body).toContain(app.registrationNumber!);
    expect(await db().notification.count({ where: { applicationId: app.id, kind: "APPEAL_ANSWER" } })).toBe(1);
    expect(await db().bankAccountOrder.count({ where: { applicationId: app.id } })).toBe(0);
  }, 180_000);

  it("an answer whose announcement was lost is announced by the sweep, and the family told once", async () => {
    const { app, appealId, supervisor } = await refusedAndAppealed(3, 13);
    const { answerAppeal } = await import("@/server/services/appeals/answer-appeal");
    const lost = async () => {};
    await answerAppeal(
      db(),
      supervisor,
      {
        appealId,
        answer: "UPHOLD",
        correctedIncomeQepik: null,
        explanation: "The registry and the visit both show the car in use.",
      },
      new Date(),
      { announce: lost },
    );
    await db().appeal.update({ where: { id: appealId }, data: { answeredAt: new Date(Date.now() - 11 * 60_000) } });

    await chain().fireCron("sweep-stalled-applications");
    await eventually(
      chain(),
      "the answer message",
      () => db().notification.findFirst({ where: { applicationId: app.id, kind: "APPEAL_ANSWER", status: "SENT" } }),
      60_000,
    );
    await chain().fireCron("sweep-stalled-applications");
    await eventually(chain(), "the second sweep", async () => {
      const res = await fetch(
        new URL("/admin/runs?function_id=vemtas-sweep-stalled-applications&status=completed", chain().engine.url),
      );
      return ((await res.json()) as { runs: unknown[] }).runs.length >= 2;
    });
    expect(await db().notification.count({ where: { applicationId: app.id, kind: "APPEAL_ANSWER" } })).toBe(1);
  }, 180_000);
});
