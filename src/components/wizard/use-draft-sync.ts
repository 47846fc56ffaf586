"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Draft } from "@/lib/wizard/draft-schema";
import { draftToForm, emptyForm, type FormState } from "@/lib/wizard/draft-form";
import { saveDraftAction } from "@/app/[locale]/apply/[id]/wizard-actions";

/**
 * "idle": nothing was saved yet (a new application), so the page does not claim that anything was; "refused": the
 * server refused the last step (its reason is next to the field), so that step is not saved either.
 */
export type SyncStatus = "idle" | "saved" | "saving" | "offline" | "conflict" | "refused";

/** What this device keeps: everything typed, the server version it builds on, and a draft not yet acknowledged. */
interface LocalCopy {
  form: FormState;
  version: number;
  unsent: Draft | null;
}

const storageKey = (applicationId: string) => `vemtas:wizard:${applicationId}`;
const MAX_RETRY_MS = 15_000;

function readLocal(applicationId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(storageKey(applicationId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

function writeLocal(applicationId: string, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(storageKey(applicationId), JSON.stringify(copy));
  } catch {
    // Private mode or a full storage: the form still works, only the copy on this device is missing.
  }
}

export function clearLocal(applicationId: string): void {
  try {
    window.localStorage.removeItem(storageKey(applicationId));
  } catch {
    // nothing to clear
  }
}

interface Options {
  applicationId: string;
  server: { version: number; draft: Draft | null };
  phone: string | null;
  /** A refusal by the server of a saved step, to show next to its field; returns the step to go back to. */
  onRefused: (refusal: { code: string; field: string | null }) => number | null;
}

/**
 * Keeps the wizard's answers on this device as they are typed and sends each completed step to the server,
 * retrying with back-off (and at once when the browser is back online) until the server has it. The server's
 * copy wins only when it is newer than the one this device built on: the draft was continued elsewhere.
 */
export function useDraftSync({ applicationId, server, phone, onRefused }: Options) {
  const [form, setForm] = useState<FormState>(() =>
    server.draft ? draftToForm(server.draft, phone) : emptyForm(phone),
  );
  const [status, setStatus] = useState<SyncStatus>(server.draft ? "saved" : "idle");
  const copy = useRef<LocalCopy>({ form, version: server.version, unsent: null });
  const sending = useRef(false);
  const attempt = useRef(0);
  const [retryTick, setRetryTick] = useState(0);
  const onRefusedRef = useRef(onRefused);
  useEffect(() => {
    onRefusedRef.current = onRefused;
  }, [onRefused]);

  // After hydration: resume what this device kept, unless the server moved on meanwhile.
  useEffect(() => {
    const local = readLocal(applicationId);
    if (local && local.version === server.version) {
      copy.current = local;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
      setForm(local.form);
      // A step kept on this device but not yet acknowledged is not saved: say so until the server has it.
      if (local.unsent) {
        setStatus("saving");
        setRetryTick((t) => t + 1);
      }
    } else {
      writeLocal(applicationId, copy.current);
    }
  }, [applicationId, server.version]);

  const send = useCallback(async () => {
    if (sending.current || !copy.current.unsent) return;
    sending.current = true;
    const draft = copy.current.unsent;
    setStatus("saving");
    // Offline, the call fails at once (it has no queue of its own), so the status says so and our own retry
    // (which also survives a reload, through localStorage) takes over. A server fault is retried the same way.
    const result = await saveDraftAction({ applicationId, expectedVersion: copy.current.version, draft }).catch(
      () => null,
    );
    sending.current = false;
    if (result?.ok) {
      attempt.current = 0;
      const unsent = copy.current.unsent === draft ? null : copy.current.unsent;
      copy.current = { ...copy.current, version: result.value.version, unsent };
      writeLocal(applicationId, copy.current);
      setStatus(copy.current.unsent ? "saving" : "saved");
    } else if (result?.refusal.code === "draftConflict") {
      setStatus("conflict");
    } else if (result) {
      // Refused for good: keep the typed answers, drop the step's save, and show why next to the field.
      copy.current = { ...copy.current, unsent: null };
      writeLocal(applicationId, copy.current);
      setStatus("refused");
      const step = onRefusedRef.current(result.refusal);
      if (step !== null) {
        copy.current = { ...copy.current, form: { ...copy.current.form, step } };
        writeLocal(applicationId, copy.current);
        setForm(copy.current.form);
      }
    } else {
      attempt.current += 1;
      setStatus("offline");
    }
    // A newer step arrived while this one was in flight, or this one failed: the retry effect takes it from here.
    if (copy.current.unsent) setRetryTick((t) => t + 1);
  }, [applicationId]);

  // Retries: with back-off while offline, and at once when the browser says the connection is back.
  useEffect(() => {
    if (retryTick === 0 || !copy.current.unsent) return;
    const delay = attempt.current === 0 ? 0 : Math.min(1000 * 2 ** (attempt.current - 1), MAX_RETRY_MS);
    const timer = window.setTimeout(() => void send(), delay);
    const online = () => void send();
    window.addEventListener("online", online);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("online", online);
    };
  }, [retryTick, send]);

  const update = useCallback(
    (next: FormState) => {
      setForm(next);
      copy.current = { ...copy.current, form: next };
      writeLocal(applicationId, copy.current);
    },
    [applicationId],
  );

  /** Records a completed step: kept on this device first, then sent. */
  const commit = useCallback(
    (next: FormState, draft: Draft) => {
      update(next);
      copy.current = { ...copy.current, unsent: draft };
      writeLocal(applicationId, copy.current);
      attempt.current = 0;
      void send();
    },
    [applicationId, send, update],
  );

  /** After a conflict: take the server's newer draft, as the person chose to. */
  const adopt = useCallback(
    (latest: { version: number; draft: Draft | null }) => {
      const next = latest.draft ? draftToForm(latest.draft, phone) : emptyForm(phone);
      copy.current = { form: next, version: latest.version, unsent: null };
      writeLocal(applicationId, copy.current);
      setForm(next);
      setStatus(latest.draft ? "saved" : "idle");
    },
    [applicationId, phone],
  );

  return {
    form,
    update,
    commit,
    adopt,
    status,
    version: () => copy.current.version,
    pending: () => copy.current.unsent !== null,
  };
}
