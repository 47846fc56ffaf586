"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { changeThenFocus } from "@/components/wizard/focus-later";

/** Withdrawing asks once more, in place, with the safe answer focused. */
export function WithdrawControl({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const t = useTranslations("applicationPage.withdraw");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation(trpc.application.withdraw.mutationOptions({ onSuccess: onDone }));

  return (
    <div className="space-y-2">
      {!confirming ? (
        <button
          type="button"
          className="w-full rounded-lg border border-red-700 bg-white px-5 py-3 font-semibold text-red-800 sm:w-auto"
          onClick={() => changeThenFocus(() => setConfirming(true), "withdraw-no")}
        >
          {t("button")}
        </button>
      ) : (
        <div
          role="group"
          aria-labelledby="withdraw-confirm"
          className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4"
        >
          <p id="withdraw-confirm" className="font-medium">
            {t("confirm")}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <button
              type="button"
              className="rounded-lg bg-red-700 px-5 py-3 font-semibold text-white disabled:opacity-60"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate({ applicationId })}
            >
              {t("yes")}
            </button>
            <button
              id="withdraw-no"
              type="button"
              className="rounded-lg border border-slate-500 bg-white px-5 py-3 font-semibold"
              onClick={() => setConfirming(false)}
            >
              {t("no")}
            </button>
          </div>
        </div>
      )}
      {withdraw.error && (
        <p role="alert" className="font-medium text-red-700">
          {te(errorKeyOf(withdraw.error))}
        </p>
      )}
    </div>
  );
}
