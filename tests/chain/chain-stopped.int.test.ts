import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/kernel/session-user";
import { announceSubmission } from "@/server/services/applications/announce-submission";
import { listNeedsAttention } from "@/server/services/reviews/list-needs-attention";
import { staffSession } from "../support/seed-reference";
import { listRuns } from "../../tools/inngest-local/test-support/engine-client";
import { eventually } from "./chain-actors";
import { chainPerFile } from "./chain-per-file";

// A run that fails for good (every one of its retries) must not leave a family's application silent: the failure
// handler records it, and the district's staff see it among the cases that need attention.

const { db, chain } = chainPerFile("chain_stopped");

async function districtStaff(districtCode: string, role: "CASEWORKER" | "SUPERVISOR"): Promise<SessionUser> {
  const user = await db().user.findFirstOrThrow({
    where: { districtCode, role, active: true },
    select: { email: true },
  });
  return staffSession(db(), user.email ?? "");
}

describe("an application whose background run fails for good", () => {
  it("is recorded once, with the error's class only, and listed for its district until it is closed", async () => {
    const [family, other] = await chain().demoFamilies("assign", 2);
    const id = await chain().submitUnannounced(db(), family!, 1);
    const healthyId = await chain().submit(db(), other!, 2);
    // No way to reach the family: the registration notice fails at every try (data no submit would leave).
    await db().application.update({ where: { id }, data: { contactEmail: null, contactPhone: null } });
    await announceSubmission(id);

    const stop = await eventually(chain(), "the failure to be recorded", () =>
      db().auditLog.findFirst({ where: { applicationId: id, action: "application.chainStopped" } }),
    );
    const runs = await listRuns(chain().engine.url, { functionId: "vemtas-process-application" });
    const run = runs.find((r) => z.object({ applicationId: z.literal(id) }).safeParse(r.event.data).success);
    expect(run?.status).toBe("failed");
    expect(stop.actorRole).toBe("SYSTEM");
    expect(stop.details).toEqual({ runId: run?.id, error: "AppError" });
    expect(await db().auditLog.count({ where: { applicationId: id, action: "application.chainStopped" } })).toBe(1);

    const { districtCode } = await db().application.findUniqueOrThrow({
      where: { id },
      select: { districtCode: true },
    });
    const caseworker = await districtStaff(districtCode ?? "", "CASEWORKER");
    const rows = await listNeedsAttention(db(), caseworker, new Date());
    expect(rows.filter((r) => r.kind === "CHAIN_STOPPED")).toEqual([
      expect.objectContaining({ applicationId: id, detail: "AppError", since: stop.at }),
    ]);
    expect(rows.some((r) => r.applicationId === healthyId && r.kind === "CHAIN_STOPPED")).toBe(false);

    // Once the application is closed (here withdrawn), nothing is left for staff to do about the run.
    await db().application.update({ where: { id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    const after = await listNeedsAttention(db(), caseworker, new Date());
    expect(after.some((r) => r.kind === "CHAIN_STOPPED")).toBe(false);
  });
});
