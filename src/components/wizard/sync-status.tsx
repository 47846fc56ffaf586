"use client";

import { useWizardText } from "./wizard-texts";
import type { SyncStatus } from "./use-draft-sync";

/** Where the answers are: on the server, on their way, or only on this device (announced politely). */
export function SyncStatusLine({ status, onLoadLatest }: { status: SyncStatus; onLoadLatest: () => void }) {
  const t = useWizardText("wizard.sync");
  const tone =
    status === "offline" || status === "conflict" || status === "refused"
      ? "border-amber-700 bg-amber-50 text-amber-900"
      : "border-slate-300 bg-white text-slate-800";
  return (
    <div className={`rounded-lg border p-3 text-sm ${tone}`}>
      <p role="status" data-testid="sync-status" data-status={status}>
        {t(status)}
      </p>
      {status === "conflict" && (
        <button type="button" className="mt-2 font-semibold underline" onClick={onLoadLatest}>
          {t("loadLatest")}
        </button>
      )}
    </div>
  );
}
