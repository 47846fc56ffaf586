import { describe, expect, it } from "vitest";
import { flushOutbox, parseOutbox, type OutboxEntry } from "./outbox";
import type { InspectionResult } from "./inspection-result";

const result: InspectionResult = {
  version: 1,
  visitedOn: "2026-03-04",
  housing: { type: "APARTMENT", condition: "POOR", rooms: 2 },
  meters: [],
  landAreaSqm: 0,
  livestock: [],
  vehicles: [],
  largePurchases: [],
  membersPresent: [],
  notes: "",
  judgement: null,
};

const record = (id: string): OutboxEntry => ({
  id,
  kind: "record",
  inspectionId: `insp-${id}`,
  result,
  queuedAt: "2026-03-04T08:00:00Z",
  refusal: null,
});
const missed = (id: string): OutboxEntry => ({
  id,
  kind: "missed",
  inspectionId: `insp-${id}`,
  note: "Nobody at home",
  queuedAt: "2026-03-04T08:00:00Z",
  refusal: null,
});

class Offline extends Error {}
class Refused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
const refusalOf = (error: unknown) => (error instanceof Refused ? { code: error.code } : null);

describe("flushing the outbox", () => {
  it("sends in order and drops what the server confirms as closed the way the entry says", async () => {
    const sent: string[] = [];
    const out = await flushOutbox(
      [record("a"), missed("b")],
      async (e) => {
        sent.push(e.id);
        return { status: e.kind === "record" ? "COMPLETED" : "MISSED" };
      },
      refusalOf,
    );
    expect(sent).toEqual(["a", "b"]);
    expect(out).toMatchObject({ entries: [], interrupted: false });
    expect(out.sent.map((e) => e.id)).toEqual(["a", "b"]);
  });

  it("stops at the first failed connection and keeps that entry and the rest, unchanged", async () => {
    const tried: string[] = [];
    const out = await flushOutbox(
      [record("a"), record("b"), record("c")],
      async (e) => {
        tried.push(e.id);
        if (e.id === "b") throw new Offline("fetch failed");
        return { status: "COMPLETED" };
      },
      refusalOf,
    );
    expect(tried).toEqual(["a", "b"]);
    expect(out.interrupted).toBe(true);
    expect(out.entries.map((e) => [e.id, e.refusal])).toEqual([
      ["b", null],
      ["c", null],
    ]);
  });

  it("keeps a visit the office closed otherwise meanwhile, saying how it was closed", async () => {
    const out = await flushOutbox([record("a")], async () => ({ status: "CANCELLED" }), refusalOf);
    expect(out.entries).toEqual([{ ...record("a"), refusal: { code: "visitClosed", closedAs: "CANCELLED" } }]);
    expect(out.sent).toEqual([]);
  });

  it("keeps a refused entry with the server's reason, goes on with the next, and never sends a refused one again", async () => {
    const tried: string[] = [];
    const first = await flushOutbox(
      [record("a"), record("b")],
      async (e) => {
        tried.push(e.id);
        if (e.id === "a") throw new Refused("notFound");
        return { status: "COMPLETED" };
      },
      refusalOf,
    );
    expect(first.entries).toEqual([{ ...record("a"), refusal: { code: "notFound", closedAs: null } }]);
    const second = await flushOutbox(
      first.entries,
      async (e) => {
        tried.push(e.id);
        return { status: "COMPLETED" };
      },
      refusalOf,
    );
    expect(second.entries).toEqual(first.entries);
    expect(tried).toEqual(["a", "b"]);
  });
});

describe("reading the outbox back from the device", () => {
  it("reads what this version wrote and sets aside what it cannot read", () => {
    const stored = JSON.parse(
      JSON.stringify([record("a"), { id: "old", kind: "visit", payload: 1 }, missed("b")]),
    ) as unknown;
    const { entries, unreadable } = parseOutbox(stored);
    expect(entries.map((e) => e.id)).toEqual(["a", "b"]);
    expect(unreadable).toEqual([{ id: "old", kind: "visit", payload: 1 }]);
  });

  it("reads nothing from nothing", () => {
    expect(parseOutbox(null)).toEqual({ entries: [], unreadable: [] });
  });
});
