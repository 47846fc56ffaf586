import { z } from "zod";
import { ZInspectionResult } from "./inspection-result";

// What the tablet recorded and the server has not acknowledged yet, oldest first. An entry leaves the outbox
// only when the server confirms the visit closed as the entry says; a refusal stays, with its reason, until the
// inspector has read it, so nothing recorded at a door disappears without a word.

const ZRefusal = z.object({
  /** `visitClosed` when the visit was closed otherwise meanwhile, or the server's error code. */
  code: z.string(),
  /** The visit's status on the server when it was closed otherwise (MISSED, CANCELLED, ...). */
  closedAs: z.string().nullable(),
});

const base = { id: z.string(), inspectionId: z.string(), queuedAt: z.string(), refusal: ZRefusal.nullable() };

export const ZOutboxEntry = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("record"), result: ZInspectionResult }),
  z.object({ ...base, kind: z.literal("missed"), note: z.string() }),
]);

export type OutboxEntry = z.infer<typeof ZOutboxEntry>;
export type Refusal = z.infer<typeof ZRefusal>;

/** What the server answers for a visit it was sent: the visit's status after the call. */
export interface SentOutcome {
  status: string;
}

export interface FlushResult {
  entries: OutboxEntry[];
  /** Entries the server confirmed in this flush. */
  sent: OutboxEntry[];
  /** A send failed for want of a connection (or a server fault): the entries from there on wait for the next try. */
  interrupted: boolean;
}

const closesAs = (entry: OutboxEntry) => (entry.kind === "record" ? "COMPLETED" : "MISSED");

/**
 * Sends the waiting entries in the order they were recorded. `refusalOf` tells a business refusal (the entry
 * will never be accepted as it is) from a failed connection (null: worth trying again with the same entry).
 * The server's calls are idempotent, so an entry whose answer was lost is simply sent again.
 */
export async function flushOutbox(
  entries: OutboxEntry[],
  send: (entry: OutboxEntry) => Promise<SentOutcome>,
  refusalOf: (error: unknown) => { code: string } | null,
): Promise<FlushResult> {
  const kept: OutboxEntry[] = [];
  const sent: OutboxEntry[] = [];
  let interrupted = false;
  for (const entry of entries) {
    if (interrupted || entry.refusal) {
      kept.push(entry);
      continue;
    }
    try {
      const outcome = await send(entry);
      if (outcome.status === closesAs(entry)) sent.push(entry);
      else kept.push({ ...entry, refusal: { code: "visitClosed", closedAs: outcome.status } });
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) kept.push({ ...entry, refusal: { code: refusal.code, closedAs: null } });
      else {
        interrupted = true;
        kept.push(entry);
      }
    }
  }
  return { entries: kept, sent, interrupted };
}

/** The entries as read back from the device: what no longer parses (an older app's format) is set aside, not lost. */
export function parseOutbox(stored: unknown): { entries: OutboxEntry[]; unreadable: unknown[] } {
  const entries: OutboxEntry[] = [];
  const unreadable: unknown[] = [];
  for (const item of Array.isArray(stored) ? stored : []) {
    const parsed = ZOutboxEntry.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else unreadable.push(item);
  }
  return { entries, unreadable };
}
