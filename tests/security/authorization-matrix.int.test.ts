import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { procedures, type Access, type Victim } from "./procedure-inputs";
import { migratedDbPerFile } from "../support/test-db";

/**
 * Every procedure of the root router × every kind of caller, aimed at a row that belongs to someone else (citizen
 * A's application in Nasimi). The procedures come from the router itself: one added later without a line in
 * `procedures` (procedure-inputs.ts) fails this test, so whoever adds it states who may call it and how.
 */

const testDb = migratedDbPerFile("authz");
const now = new Date("2026-03-02T08:00:00Z");
const callers: Record<string, SessionUser | null> = {};
let victim: Victim;
let victimRegistration: string;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  const citizenA = await citizenSession(db, "1AAAAAA");
  const app = await createCaller({ db, user: citizenA, now, authSecret: "x".repeat(32) }).application.start({
    districtCode: "BAK-NASIMI",
    locale: "az",
  });
  victim = { applicationId: app.id };
  victimRegistration = (await db.application.findUniqueOrThrow({ where: { id: app.id } })).registrationNumber ?? app.id;
  Object.assign(callers, {
    anonymous: null,
    "citizen B": await citizenSession(db, "2BBBBBB"),
    "caseworker of another district": await staffSession(db, "caseworker.sabunchu@vemtas.local"),
    "supervisor of another district": await staffSession(db, "supervisor.sabunchu@vemtas.local"),
    inspector: await staffSession(db, "inspector1.nasimi@vemtas.local"),
    administrator: await staffSession(db, "admin@vemtas.local"),
  });
});

function call(user: SessionUser | null, path: string, input: unknown): Promise<unknown> {
  const caller = createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });
  const [area = "", name = ""] = path.split(".");
  const procedure = (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[area]?.[
    name
  ];
  if (!procedure) throw new Error(`no procedure ${path}`);
  return procedure(input);
}

function expectedRefusal(access: Access, user: SessionUser | null): "UNAUTHORIZED" | "FORBIDDEN" | null {
  if (access === "public") return null;
  if (!user) return "UNAUTHORIZED";
  if (access === "signedIn") return null;
  return access.includes(user.role) ? null : "FORBIDDEN";
}

describe("authorization matrix", () => {
  const paths = Object.keys(appRouter._def.procedures).sort();

  it("knows how to call every procedure of the router", () => {
    const unknown = paths.filter((p) => !(p in procedures));
    expect(
      unknown,
      `add these procedures to the table in tests/security/authorization-matrix.int.test.ts: ${unknown.join(", ")}`,
    ).toEqual([]);
    expect(
      Object.keys(procedures).filter((p) => !paths.includes(p)),
      "the table names procedures the router no longer has",
    ).toEqual([]);
  });

  it("refuses or scopes every call with someone else's id: the right codes, no server error, no leak, nothing changed", async () => {
    const { db } = testDb.current();
    const before = JSON.stringify(await db.application.findUniqueOrThrow({ where: { id: victim.applicationId } }));
    const problems: string[] = [];
    for (const path of paths) {
      const entry = procedures[path];
      if (!entry) continue;
      for (const [who, user] of Object.entries(callers)) {
        const expected = expectedRefusal(entry.access, user);
        const outcome = await call(user, path, entry.input?.(victim)).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({
            ok: false as const,
            code: error instanceof TRPCError ? error.code : `thrown ${String(error)}`,
          }),
        );
        const label = `${path} as ${who}`;
        if (expected) {
          if (outcome.ok || outcome.code !== expected)
            problems.push(`${label}: expected ${expected}, got ${outcome.ok ? "success" : outcome.code}`);
          continue;
        }
        if (!outcome.ok) {
          // Someone else's row reads as not found; a refused input or state is fine; a server error never is.
          if (!["NOT_FOUND", "BAD_REQUEST", "CONFLICT", "TOO_MANY_REQUESTS"].includes(outcome.code))
            problems.push(`${label}: ${outcome.code}`);
          continue;
        }
        const text = JSON.stringify(outcome.value) ?? "";
        // The ministry's administrator may search every district by design; everyone else must not see the row.
        if (who !== "administrator" && (text.includes(victim.applicationId) || text.includes(victimRegistration))) {
          problems.push(`${label}: the answer contains citizen A's application`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(JSON.stringify(await db.application.findUniqueOrThrow({ where: { id: victim.applicationId } }))).toBe(
      before,
    );
  });
});
