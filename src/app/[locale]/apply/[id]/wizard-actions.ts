"use server";

import { serverApi } from "@/server/api/server-caller";
import { refusalOf, type Refusal } from "@/server/api/refusal-of";
import { draftAsShown } from "@/lib/wizard/phone-as-shown";
import type {
  SaveDraftRequest,
  SubmitApplicationRequest,
} from "@/server/services/applications/application-wizard.types";

// The citizen wizard's calls as server actions, so a phone does not download the tRPC and React Query client
// for one form. Each runs the application router's own procedure: the same role and ownership checks, zod
// validation of what the browser sent (an action's arguments are untrusted input), and rate limits.

/** A refusal comes back as a value (server actions hide thrown errors in production); a fault is thrown. */
export type WizardResult<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

async function called<T>(call: () => Promise<T>): Promise<WizardResult<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return { ok: false, refusal };
  }
}

export async function loadDraftAction(applicationId: string) {
  const api = await serverApi();
  return called(async () => {
    const { version, draft } = await api.application.draft({ applicationId });
    return { version, draft: draftAsShown(draft) };
  });
}

export async function saveDraftAction(request: SaveDraftRequest) {
  const api = await serverApi();
  return called(() => api.application.saveDraft(request));
}

export async function submitApplicationAction(request: SubmitApplicationRequest) {
  const api = await serverApi();
  return called(async () => {
    await api.application.submit(request);
    return null;
  });
}
