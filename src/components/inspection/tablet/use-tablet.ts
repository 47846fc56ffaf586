"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { InspectionResult } from "@/lib/inspection/inspection-result";
import { flushOutbox, type OutboxEntry } from "@/lib/inspection/outbox";
import { tabletStorage } from "@/lib/inspection/tablet-storage";
import { ZVisitPacket, type VisitPacket } from "@/lib/inspection/visit-packet";
import { businessErrorOf } from "@/lib/trpc/error-code";
import { useTRPCClient } from "@/lib/trpc/react";

/** How often the tablet tries again while results wait and the browser gives no sign of the connection. */
const RETRY_MS = 20_000;
/** How often an open tablet reads its visits again, for visits booked during the day (each read is audited). */
const REFRESH_MS = 15 * 60_000;

export type Recorded =
  | { kind: "record"; inspectionId: string; result: InspectionResult }
  | { kind: "missed"; inspectionId: string; note: string };

/** A failure that says nothing about the entry: the session ended, or the person is no longer an inspector. */
const isSessionRefusal = (code: string) => code === "notSignedIn" || code === "forbidden";

/**
 * The tablet's state: the last visit packet, the outbox, and the connection as last seen. Everything the
 * inspector records goes to the device first and then to the server, at once when there is signal, else when
 * the browser reports the connection back, on the next load, or on a timer.
 */
export function useTablet(userId: string) {
  const client = useTRPCClient();
  const storage = useMemo(() => tabletStorage(userId), [userId]);
  const [packet, setPacket] = useState<VisitPacket | null>(null);
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  const [ready, setReady] = useState(false);
  const [online, setOnline] = useState(true);
  const [sending, setSending] = useState(false);
  const [needsSignIn, setNeedsSignIn] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const flushing = useRef(false);
  const flushAgain = useRef(false);

  const saveOutbox = useCallback(
    (entries: OutboxEntry[]) => {
      setUnsaved(!storage.writeOutbox(entries));
      setOutbox(entries);
    },
    [storage],
  );

  const refresh = useCallback(async () => {
    try {
      const fresh = ZVisitPacket.parse(await client.inspection.packet.query());
      storage.writePacket(fresh);
      setPacket(fresh);
      setOnline(true);
      setNeedsSignIn(false);
    } catch (error) {
      const refusal = businessErrorOf(error);
      if (refusal && isSessionRefusal(refusal.code)) setNeedsSignIn(true);
      else if (!refusal) setOnline(false);
    }
  }, [client, storage]);

  /** Sends the outbox; true when the office confirmed something (the packet is then worth reading again). */
  const flush = useCallback(async (): Promise<boolean> => {
    if (flushing.current) {
      // A flush is under way: it goes round once more at its end, for what was recorded meanwhile.
      flushAgain.current = true;
      return false;
    }
    flushing.current = true;
    setSending(true);
    let sentAny = false;
    try {
      do {
        flushAgain.current = false;
        let signInLost = false;
        const out = await flushOutbox(
          storage.readOutbox(),
          (entry) =>
            entry.kind === "record"
              ? client.inspection.record.mutate({ inspectionId: entry.inspectionId, result: entry.result })
              : client.inspection.recordMissed.mutate({ inspectionId: entry.inspectionId, note: entry.note }),
          (error) => {
            const refusal = businessErrorOf(error);
            if (refusal && isSessionRefusal(refusal.code)) signInLost = true;
            return refusal && !isSessionRefusal(refusal.code) ? refusal : null;
          },
        );
        // Entries recorded while this flush ran are in storage, not in `out`: keep them after the flushed ones.
        const flushedIds = new Set(out.entries.map((e) => e.id).concat(out.sent.map((e) => e.id)));
        const added = storage.readOutbox().filter((e) => !flushedIds.has(e.id));
        saveOutbox([...out.entries, ...added]);
        for (const entry of out.sent) storage.forgetForm(entry.inspectionId);
        setNeedsSignIn(signInLost);
        if (out.interrupted && !signInLost) setOnline(false);
        sentAny ||= out.sent.length > 0;
        if (out.interrupted) break;
      } while (flushAgain.current);
    } finally {
      flushing.current = false;
      setSending(false);
    }
    return sentAny;
  }, [client, storage, saveOutbox]);

  /** Sends what waits and, if the office took any of it, reads the visits again to show their new status. */
  const sendNow = useCallback(async () => {
    if (await flush()) await refresh();
  }, [flush, refresh]);

  // After hydration: what this tablet kept, then whatever the connection allows.
  useEffect(() => {
    const stored = ZVisitPacket.safeParse(storage.readPacket());
    // eslint-disable-next-line react-hooks/set-state-in-effect -- local storage exists only after hydration
    if (stored.success) setPacket(stored.data);
    setOutbox(storage.readOutbox());
    setOnline(navigator.onLine);
    setReady(true);
    void flush().then(refresh);
  }, [storage, flush, refresh]);

  // The connection back, the tablet woken up, or a quarter of an hour gone: send what waits, read the visits.
  useEffect(() => {
    const catchUp = () => void flush().then(refresh);
    const back = () => {
      setOnline(true);
      catchUp();
    };
    const gone = () => setOnline(false);
    const woken = () => {
      if (document.visibilityState === "visible") catchUp();
    };
    const timer = window.setInterval(catchUp, REFRESH_MS);
    window.addEventListener("online", back);
    window.addEventListener("offline", gone);
    document.addEventListener("visibilitychange", woken);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", back);
      window.removeEventListener("offline", gone);
      document.removeEventListener("visibilitychange", woken);
    };
  }, [flush, refresh]);

  const waiting = outbox.filter((e) => !e.refusal).length;
  useEffect(() => {
    if (waiting === 0 || needsSignIn) return;
    const timer = window.setInterval(() => void sendNow(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, needsSignIn, sendNow]);

  /** Keeps what the inspector recorded on the tablet, then tries to send it. */
  const submit = useCallback(
    async (recorded: Recorded) => {
      const common = {
        id: `${recorded.inspectionId}:${Date.now()}`,
        queuedAt: new Date().toISOString(),
        refusal: null,
      };
      const entry: OutboxEntry = recorded.kind === "record" ? { ...common, ...recorded } : { ...common, ...recorded };
      saveOutbox([...storage.readOutbox(), entry]);
      // Kept beyond the outbox, so the done view shows the answers once they are sent, without a connection.
      if (recorded.kind === "record") storage.writeRecorded(recorded.inspectionId, recorded.result);
      await sendNow();
    },
    [storage, saveOutbox, sendNow],
  );

  /** The inspector has read why an entry was not accepted, and lets it go. */
  const dismiss = useCallback(
    (id: string) => saveOutbox(storage.readOutbox().filter((e) => e.id !== id)),
    [storage, saveOutbox],
  );

  return { ready, packet, outbox, waiting, online, sending, needsSignIn, unsaved, storage, submit, dismiss, sendNow };
}

export type Tablet = ReturnType<typeof useTablet>;
